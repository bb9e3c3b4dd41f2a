<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>Accessibility</name>
    <message>
        <source>Network canvas: arrow keys move between layers</source>
        <translation>A háló vászna: a nyílbillentyűk rétegről rétegre lépnek</translation>
    </message>
    <message>
        <source>Layer catalog</source>
        <translation>Rétegkatalógus</translation>
    </message>
    <message>
        <source>Test examples the network got wrong or right</source>
        <translation>Tesztpéldák, amelyeket a háló eltalált vagy elhibázott</translation>
    </message>
    <message>
        <source>Views inside the network</source>
        <translation>Nézetek a háló belsejébe</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Számítási gráf</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>Veszteségfüggvény</translation>
    </message>
    <message>
        <source>Weights and their gradients</source>
        <translation>Súlyok és gradienseik</translation>
    </message>
    <message>
        <source>Network with its forward and backward values</source>
        <translation>A háló előre és visszafelé számolt értékeivel</translation>
    </message>
    <message>
        <source>Convolution layer</source>
        <translation>Konvolúciós réteg</translation>
    </message>
    <message>
        <source>Kernel preset</source>
        <translation>Előre megadott kernel</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>A kernel súlyai</translation>
    </message>
    <message>
        <source>Weights and biases</source>
        <translation>Súlyok és eltolások</translation>
    </message>
    <message>
        <source>Truth table</source>
        <translation>Igazságtábla</translation>
    </message>
    <message>
        <source>Convolution studies</source>
        <translation>Konvolúciós vizsgálatok</translation>
    </message>
    <message>
        <source>The products that make the current output</source>
        <translation>Az aktuális kimenetet adó szorzatok</translation>
    </message>
    <message>
        <source>Results of the compared runs</source>
        <translation>Az összehasonlított futások eredményei</translation>
    </message>
    <message>
        <source>Decision boundary over the plane</source>
        <translation>Döntési határ a síkon</translation>
    </message>
    <message>
        <source>Embedding method</source>
        <translation>Beágyazási módszer</translation>
    </message>
    <message>
        <source>About the selected layer</source>
        <translation>A kijelölt réteg adatai</translation>
    </message>
    <message>
        <source>Problems of the network</source>
        <translation>A háló problémái</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>A lecke lépése</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Az Ön válasza</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leckék</translation>
    </message>
</context>
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>Mark where this layer&apos;s units are for a test example</source>
        <translation>Jelölje, hol vannak a réteg egységei egy tesztpéldánál</translation>
    </message>
    <message>
        <source>&lt;b&gt;Softmax&lt;/b&gt; of a vector z (type numbers):</source>
        <translation>&lt;b&gt;Softmax&lt;/b&gt; egy z vektorra (írjon be számokat):</translation>
    </message>
    <message>
        <source>Type numbers separated by spaces, e.g. 2 1 0.1</source>
        <translation>Írjon szóközzel elválasztott számokat, pl. 2 1 0.1</translation>
    </message>
    <message>
        <source>Type between 1 and 20 numbers.</source>
        <translation>Írjon be 1 és 20 közötti számú számot.</translation>
    </message>
</context>
<context>
    <name>BackpropView</name>
    <message>
        <source>Which training example goes through the network</source>
        <translation>Melyik tanítópélda megy át a hálón</translation>
    </message>
    <message>
        <source>The example&apos;s inputs; type your own numbers, space separated</source>
        <translation>A példa bemenetei; írja be a saját számait szóközzel elválasztva</translation>
    </message>
    <message>
        <source>The target: one value per output, or a class number</source>
        <translation>A cél: kimenetenként egy érték vagy egy osztálysorszám</translation>
    </message>
    <message>
        <source>α, the learning rate of the update (the Training settings&apos; rate)</source>
        <translation>α, a frissítés tanulási rátája (a tanítási beállításokból)</translation>
    </message>
    <message>
        <source>|◀ Start</source>
        <translation>|◀ Eleje</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Vissza</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tovább ▶</translation>
    </message>
    <message>
        <source>Apply update to the network</source>
        <translation>A frissítés alkalmazása a hálón</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next ▶ runs the example forward, then finds the loss.&lt;/i&gt;</source>
        <translation>&lt;i&gt;A Tovább ▶ előre átviszi a példát, majd kiszámítja a veszteséget.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>output {shape} · {n} parameters</source>
        <translation>kimenet {shape} · {n} paraméter</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or press Enter to add it after the selected layer.</source>
        <translation>Húzza a vászonra, vagy nyomjon Entert, hogy a kijelölt réteg után kerüljön.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Alap</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Konvolúció</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularizáció</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Egyesítés</translation>
    </message>
    <message>
        <source>A convolution slides small learned kernels over the image. Each kernel looks at a small window through all input channels and produces one feature map, so the same weights detect the same pattern (an edge, a curve) anywhere in the image. Padding &apos;same&apos; keeps the size; a stride above 1 skips positions and shrinks the output.</source>
        <translation>A konvolúció kis, tanult kerneleket csúsztat végig a képen. Minden kernel egy kis ablakot néz az összes bemeneti csatornán át, és egy jellemzőtérképet ad, így ugyanazok a súlyok ugyanazt a mintát (élt, görbét) ismerik fel a kép bármely pontján. A &apos;same&apos; kitöltés megtartja a méretet; 1-nél nagyobb lépésköz pozíciókat ugrik át és kisebbíti a kimenetet.</translation>
    </message>
    <message>
        <source>output size = ⌊(n + 2p − f)/s⌋ + 1</source>
        <translation>kimeneti méret = ⌊(n + 2p − f)/s⌋ + 1</translation>
    </message>
    <message>
        <source>parameters = (f·f·c_in + 1)·c_out</source>
        <translation>paraméterek = (f·f·c_be + 1)·c_ki</translation>
    </message>
    <message>
        <source>A transposed convolution (sometimes called deconvolution) goes the other way: each input value stamps a copy of the kernel, scaled by the value, onto a larger output, the stamps stride apart and added where they overlap. With stride 2 it doubles the height and width: the learned &apos;unpooling&apos; of a U-Net&apos;s decoder.</source>
        <translation>A transzponált konvolúció (néha dekonvolúciónak hívják) a másik irányba megy: minden bemeneti érték a kernel egy, az értékkel szorzott másolatát nyomja egy nagyobb kimenetre; a lenyomatok lépésköznyire vannak egymástól, és ahol átfednek, összeadódnak. 2-es lépésközzel megduplázza a magasságot és a szélességet: egy U-Net dekóderének tanult „visszapoolingja”.</translation>
    </message>
    <message>
        <source>output size = n·s + max(f − s, 0)  (&apos;same&apos;: n·s)</source>
        <translation>kimeneti méret = n·s + max(f − s, 0)  (&apos;same&apos;: n·s)</translation>
    </message>
    <message>
        <source>A depthwise convolution gives every input channel its own kernel and does not mix channels: 32 channels in, 32 maps out (times the depth multiplier). It needs far fewer weights than a Conv2D, which also sums over all input channels.</source>
        <translation>A mélységi (depthwise) konvolúció minden bemeneti csatornának saját kernelt ad, és nem keveri a csatornákat: 32 csatorna be, 32 térkép ki (szorozva a mélységi szorzóval). Sokkal kevesebb súly kell hozzá, mint egy Conv2D-hez, amely az összes bemeneti csatornán is összegez.</translation>
    </message>
    <message>
        <source>output channels = c_in·multiplier</source>
        <translation>kimeneti csatornák = c_be·szorzó</translation>
    </message>
    <message>
        <source>parameters = (f·f + 1)·c_in·multiplier</source>
        <translation>paraméterek = (f·f + 1)·c_be·szorzó</translation>
    </message>
    <message>
        <source>A separable convolution splits a Conv2D in two: a depthwise step (one spatial kernel per channel) and a 1×1 convolution that mixes the channels. Nearly the same power for a fraction of the weights; Xception and MobileNet are built from it.</source>
        <translation>A szeparálható konvolúció kettébont egy Conv2D-t: egy mélységi lépésre (csatornánként egy térbeli kernel) és egy 1×1-es konvolúcióra, amely keveri a csatornákat. Majdnem ugyanakkora erő a súlyok töredékéért; az Xception és a MobileNet ebből épül.</translation>
    </message>
    <message>
        <source>parameters = f·f·c_in·m + c_in·m·c_out + c_out</source>
        <translation>paraméterek = f·f·c_be·m + c_be·m·c_ki + c_ki</translation>
    </message>
    <message>
        <source>A fully connected layer: every output neuron computes a weighted sum of all its inputs plus a bias, then applies the activation. A single Dense unit with a step or sigmoid activation is the perceptron; stacking Dense layers with non-linear activations gives a multi-layer perceptron that can learn XOR.</source>
        <translation>Teljesen összekötött réteg: minden kimeneti neuron az összes bemenetének súlyozott összegét számolja ki egy eltolással, majd alkalmazza az aktivációt. Egyetlen Dense egység lépcsős vagy szigmoid aktivációval a perceptron; nemlineáris aktivációjú Dense rétegeket egymásra téve többrétegű perceptront kapunk, amely megtanulja a XOR-t.</translation>
    </message>
    <message>
        <source>output = activation(x·W + b)</source>
        <translation>kimenet = aktiváció(x·W + b)</translation>
    </message>
    <message>
        <source>parameters = n_in·n_out + n_out</source>
        <translation>paraméterek = n_be·n_ki + n_ki</translation>
    </message>
    <message>
        <source>Flatten unrolls a block of values into one long vector, e.g. 5×5×16 feature maps into 400 numbers, so Dense layers can follow. It changes the shape, not the values.</source>
        <translation>A Flatten egy értéktömböt egyetlen hosszú vektorrá terít ki, pl. 5×5×16-os térképeket 400 számmá, hogy Dense rétegek következhessenek. Az alakot változtatja, nem az értékeket.</translation>
    </message>
    <message>
        <source>output = (h·w·c,)</source>
        <translation>kimenet = (h·w·c,)</translation>
    </message>
    <message>
        <source>parameters = 0</source>
        <translation>paraméterek = 0</translation>
    </message>
    <message>
        <source>Reshape rearranges the same values into a new shape, e.g. a 784-vector into a 28×28×1 image. The number of values must stay the same.</source>
        <translation>A Reshape ugyanazokat az értékeket új alakba rendezi, pl. egy 784 elemű vektort 28×28×1-es képpé. Az értékek számának ugyanannyinak kell maradnia.</translation>
    </message>
    <message>
        <source>product of the new sizes = product of the old</source>
        <translation>az új méretek szorzata = a régiek szorzata</translation>
    </message>
    <message>
        <source>Applies a non-linear function to every value separately. Without non-linearities, any stack of layers is just one linear map. relu is the usual choice inside networks, sigmoid for one yes/no output, softmax to turn scores into class probabilities.</source>
        <translation>Nemlineáris függvényt alkalmaz minden értékre külön. Nemlinearitások nélkül bármilyen rétegverem csak egyetlen lineáris leképezés. A relu a szokásos választás a hálón belül, a sigmoid egy igen/nem kimenetre, a softmax a pontszámok osztályvalószínűségekké alakítására.</translation>
    </message>
    <message>
        <source>y = f(x), element by element</source>
        <translation>y = f(x), elemenként</translation>
    </message>
    <message>
        <source>ReLU that keeps a small slope for negative inputs, so a unit whose input is negative still gets a gradient and cannot &apos;die&apos;. The slope is yours to choose.</source>
        <translation>Olyan ReLU, amely negatív bemenetre kis meredekséget tart meg, így a negatív bemenetű egység is kap gradienst, és nem „halhat meg”. A meredekséget Ön választja.</translation>
    </message>
    <message>
        <source>y = x if x &gt; 0, else slope · x</source>
        <translation>y = x, ha x &gt; 0, különben meredekség · x</translation>
    </message>
    <message>
        <source>y&apos; = 1 if x &gt; 0, else slope</source>
        <translation>y&apos; = 1, ha x &gt; 0, különben meredekség</translation>
    </message>
    <message>
        <source>Exponential linear unit: x for positive inputs, a smooth curve α(eˣ − 1) down to −α for negative ones. Its outputs average closer to zero than ReLU&apos;s.</source>
        <translation>Exponenciális lineáris egység: pozitív bemenetre x, negatívra egy sima α(eˣ − 1) görbe −α-ig. A kimeneteinek átlaga közelebb van a nullához, mint a ReLU-é.</translation>
    </message>
    <message>
        <source>y = x if x &gt; 0, else α(eˣ − 1)</source>
        <translation>y = x, ha x &gt; 0, különben α(eˣ − 1)</translation>
    </message>
    <message>
        <source>y&apos; = 1 if x &gt; 0, else α·eˣ</source>
        <translation>y&apos; = 1, ha x &gt; 0, különben α·eˣ</translation>
    </message>
    <message>
        <source>A layer from an imported Keras file that LayerLab&apos;s catalog does not offer. LayerLab shows the output shape and parameter count Keras computed for it and lets Keras rebuild it from its own configuration, but cannot explain or edit it; its shape is only known for the input it was imported with.</source>
        <translation>Egy importált Keras-fájl olyan rétege, amelyet a LayerLab katalógusa nem kínál. A LayerLab megmutatja a Keras által számolt kimeneti alakot és paraméterszámot, és a Keras a saját beállításaiból építi újra, de magyarázni és szerkeszteni nem tudja; az alakja csak arra a bemenetre ismert, amellyel importálták.</translation>
    </message>
    <message>
        <source>as Keras computes it (imported)</source>
        <translation>ahogy a Keras kiszámolja (importált)</translation>
    </message>
    <message>
        <source>Adds its inputs element by element. This is the skip connection of ResNet: a block learns only a correction F(x) to its input, y = x + F(x), which lets very deep networks train. All inputs must have the same shape.</source>
        <translation>Elemenként összeadja a bemeneteit. Ez a ResNet átugró kapcsolata: egy blokk csak egy F(x) javítást tanul a bemenetéhez, y = x + F(x), így nagyon mély hálók is taníthatók. Minden bemenetnek azonos alakúnak kell lennie.</translation>
    </message>
    <message>
        <source>y = x₁ + x₂ + …</source>
        <translation>y = x₁ + x₂ + … (elemenként)</translation>
    </message>
    <message>
        <source>Joins its inputs side by side along one axis, usually the channels: the Inception block runs 1×1, 3×3 and 5×5 convolutions in parallel and concatenates their maps.</source>
        <translation>Egy tengely mentén egymás mellé illeszti a bemeneteit, általában a csatornák mentén: az Inception blokk párhuzamosan futtat 1×1-es, 3×3-as és 5×5-ös konvolúciókat, és összefűzi a térképeiket.</translation>
    </message>
    <message>
        <source>channels out = c₁ + c₂ + …</source>
        <translation>kimeneti csatornák = c₁ + c₂ + …</translation>
    </message>
    <message>
        <source>y = max(x₁, x₂, …), element by element</source>
        <translation>y = max(x₁, x₂, …), elemenként</translation>
    </message>
    <message>
        <source>Keeps, at each position, the largest of its inputs. Two or more Dense branches of the same size joined by Maximum form a maxout unit: a learned piecewise-linear activation (ReLU is the maxout of x and 0).</source>
        <translation>Minden pozícióban a bemenetei közül a legnagyobbat tartja meg. Két vagy több azonos méretű Dense ág Maximummal összekötve maxout egységet alkot: tanult, szakaszonként lineáris aktivációt (a ReLU az x és a 0 maxoutja).</translation>
    </message>
    <message>
        <source>y = min(x₁, x₂, …), element by element</source>
        <translation>y = min(x₁, x₂, …), elemenként</translation>
    </message>
    <message>
        <source>Keeps, at each position, the smallest of its inputs, the mirror image of Maximum: with a constant branch it caps values from above. All inputs must have the same shape, and nothing is learned.</source>
        <translation>Minden pozícióban a bemenetei közül a legkisebbet tartja meg, a Maximum tükörképe: egy állandó ággal felülről korlátozza az értékeket. Minden bemenetnek azonos alakúnak kell lennie, és semmit sem tanul.</translation>
    </message>
    <message>
        <source>y = x₁ · x₂ · …, element by element</source>
        <translation>y = x₁ · x₂ · …, elemenként</translation>
    </message>
    <message>
        <source>Multiplies its inputs position by position: a gate, where one branch (often a sigmoid between 0 and 1) decides how much of the other passes. Inputs must have the same shape.</source>
        <translation>Pozíciónként összeszorozza a bemeneteit: kapu, ahol az egyik ág (gyakran 0 és 1 közötti szigmoid) dönti el, mennyi menjen át a másikból. A bemeneteknek azonos alakúnak kell lenniük.</translation>
    </message>
    <message>
        <source>Max pooling keeps the largest value of each window in every channel. It shrinks the feature maps (2×2 halves height and width), keeps the strongest responses, and makes the network tolerant of small shifts. It has no weights.</source>
        <translation>A maximum-pooling minden ablak legnagyobb értékét tartja meg minden csatornában. Kicsinyíti a térképeket (a 2×2 felezi a magasságot és a szélességet), megtartja a legerősebb válaszokat, és a hálót tűrővé teszi a kis eltolásokkal szemben. Nincsenek súlyai.</translation>
    </message>
    <message>
        <source>output size = ⌊(n − f)/s⌋ + 1</source>
        <translation>kimeneti méret = ⌊(n − f)/s⌋ + 1</translation>
    </message>
    <message>
        <source>Average pooling replaces each window by its mean in every channel, shrinking the feature maps smoothly (LeNet-5 used it). It has no weights.</source>
        <translation>Az átlagoló pooling minden ablakot az átlagával helyettesít minden csatornában, így simán kicsinyíti a térképeket (a LeNet-5 ezt használta). Nincsenek súlyai.</translation>
    </message>
    <message>
        <source>Global average pooling reduces each feature map to its mean, one number per channel. ResNet uses it instead of Flatten + big Dense layers: far fewer parameters and any image size works.</source>
        <translation>A globális átlagoló pooling minden térképet az átlagára csökkent, csatornánként egy számra. A ResNet ezt használja Flatten + nagy Dense rétegek helyett: sokkal kevesebb paraméter, és bármilyen képméret működik.</translation>
    </message>
    <message>
        <source>output = (channels,)</source>
        <translation>kimenet = (csatornák,)</translation>
    </message>
    <message>
        <source>Global max pooling reduces each feature map to its largest value: &apos;was this pattern anywhere in the image?&apos;, one number per channel.</source>
        <translation>A globális maximum-pooling minden térképet a legnagyobb értékére csökkent: „volt-e ez a minta valahol a képen?”, csatornánként egy szám.</translation>
    </message>
    <message>
        <source>During training, Dropout sets a random fraction of its inputs to zero at every step (and scales the rest up), so no unit can rely on any single other unit; this reduces overfitting. At test time it passes everything through.</source>
        <translation>Tanítás közben a Dropout minden lépésben a bemenetei egy véletlen részét nullázza (a többit felnagyítja), így egyik egység sem támaszkodhat egyetlen másikra; ez csökkenti a túltanulást. Teszteléskor mindent átenged.</translation>
    </message>
    <message>
        <source>training: y = x·mask/(1 − rate)</source>
        <translation>tanítás: y = x·maszk/(1 − arány)</translation>
    </message>
    <message>
        <source>Batch normalization standardises each channel over the mini-batch (mean 0, variance 1), then applies a learned scale γ and offset β. It keeps activations well-scaled, allows larger learning rates and speeds up training. At test time it uses moving averages gathered during training.</source>
        <translation>A kötegnormalizálás minden csatornát standardizál a mini-kötegen (átlag 0, szórásnégyzet 1), majd tanult γ skálát és β eltolást alkalmaz. Jó skálán tartja az aktivációkat, nagyobb tanulási rátát enged és gyorsítja a tanítást. Teszteléskor a tanítás alatt gyűjtött mozgóátlagokat használja.</translation>
    </message>
    <message>
        <source>y = γ·(x − μ)/√(σ² + ε) + β</source>
        <translation>y = γ·(x − μ)/√(σ² + ε) + β (csatornánként)</translation>
    </message>
    <message>
        <source>parameters = 4·channels (2 trained, 2 not)</source>
        <translation>paraméterek = 4·csatornák (2 tanult, 2 nem)</translation>
    </message>
    <message>
        <source>Layer normalization standardises each example on its own, over its features (mean 0, variance 1), then applies a learned scale γ and offset β per feature. Unlike batch normalization it does not depend on the other examples of the batch, so it behaves the same in training and at test time; transformers use it.</source>
        <translation>A rétegnormalizálás minden példát önmagában standardizál a jellemzőin (átlag 0, szórásnégyzet 1), majd jellemzőnként tanult γ skálát és β eltolást alkalmaz. A kötegnormalizálással szemben nem függ a köteg többi példájától, így tanításkor és teszteléskor ugyanúgy viselkedik; a transzformerek ezt használják.</translation>
    </message>
    <message>
        <source>y = γ·(x − μ)/√(σ² + ε) + β, μ and σ² of one example</source>
        <translation>y = γ·(x − μ)/√(σ² + ε) + β, μ és σ² egyetlen példából</translation>
    </message>
    <message>
        <source>parameters = 2·features</source>
        <translation>paraméterek = 2·jellemzők</translation>
    </message>
    <message>
        <source>Adds rows and columns of zeros around each feature map. A following &apos;valid&apos; convolution then sees the border pixels as often as the middle ones, and the output does not shrink: p = (f − 1)/2 zeros keep the size for an f×f kernel.</source>
        <translation>Nullákból álló sorokat és oszlopokat tesz minden jellemzőtérkép köré. Egy utána jövő &apos;valid&apos; konvolúció így a szélső pixeleket ugyanolyan gyakran látja, mint a középsőket, és a kimenet nem zsugorodik: f×f-es kernelnél p = (f − 1)/2 nulla megtartja a méretet.</translation>
    </message>
    <message>
        <source>output = (h + top + bottom, w + left + right, c)</source>
        <translation>kimenet = (h + fent + lent, w + bal + jobb, c)</translation>
    </message>
    <message>
        <source>The reverse of pooling: every value becomes a block of size rows × columns (copies, or a smooth blend with &apos;bilinear&apos;). A U-Net&apos;s decoder upsamples its maps back to the input size and joins them with the encoder&apos;s maps through skip connections. No weights.</source>
        <translation>A pooling fordítottja: minden érték sorok × oszlopok méretű tömbbé válik (másolatok, vagy &apos;bilinear&apos;-rel sima átmenet). Egy U-Net dekódere a bemenet méretére nagyítja a térképeit, és átugró kapcsolatokkal összeköti őket a kódoló térképeivel. Nincsenek súlyai.</translation>
    </message>
    <message>
        <source>output = (h·s_rows, w·s_cols, c)</source>
        <translation>kimenet = (h·s_sorok, w·s_oszlopok, c)</translation>
    </message>
</context>
<context>
    <name>ComputationGraphView</name>
    <message>
        <source>Expression</source>
        <translation>Kifejezés</translation>
    </message>
    <message>
        <source>h for central differences</source>
        <translation>h a központi differenciákhoz</translation>
    </message>
</context>
<context>
    <name>ConvolutionSandbox</name>
    <message>
        <source>Slide the kernel</source>
        <translation>A kernel csúsztatása</translation>
    </message>
    <message>
        <source>How often each pixel is seen</source>
        <translation>Hányszor látszik az egyes pixel</translation>
    </message>
    <message>
        <source>Shift the input</source>
        <translation>A bemenet eltolása</translation>
    </message>
    <message>
        <source>⟲ Start over</source>
        <translation>⟲ Újrakezdés</translation>
    </message>
    <message>
        <source>Step ▶|</source>
        <translation>Lépés ▶|</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lejátszás</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Minden mutatása</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>sebesség</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>A TensorFlow még töltődik…</translation>
    </message>
    <message>
        <source>Press Step (→) or Play to slide the kernel over the input.</source>
        <translation>Nyomja meg a Lépés (→) vagy a Lejátszás gombot, hogy a kernel végigcsússzon a bemeneten.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>How often each pixel is seen without padding</source>
        <translation>Hányszor látszik az egyes pixel kitöltés nélkül</translation>
    </message>
    <message>
        <source>How often each pixel is seen with padding</source>
        <translation>Hányszor látszik az egyes pixel kitöltéssel</translation>
    </message>
    <message>
        <source>Counting is shown for inputs up to 28×28.</source>
        <translation>A számlálás legfeljebb 28×28-as bemenetekre látszik.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without padding&lt;/b&gt;: windows covering each pixel</source>
        <translation>&lt;b&gt;Kitöltés nélkül&lt;/b&gt;: az egyes pixeleket lefedő ablakok</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Adathalmaz</translation>
    </message>
    <message>
        <source>{title} (not installed)</source>
        <translation>{title} (nincs telepítve)</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>Saját adatok…</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>MNIST handwritten digits</source>
        <translation>MNIST kézzel írt számjegyek</translation>
    </message>
    <message>
        <source>MNIST ink masks (segmentation)</source>
        <translation>MNIST tintamaszkok (szegmentálás)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing</source>
        <translation>Fashion-MNIST ruhadarabok</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>XOR-negyedek</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Körök</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>Két Gauss-folt</translation>
    </message>
    <message>
        <source>Spirals</source>
        <translation>Spirálok</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Holdak</translation>
    </message>
    <message>
        <source>Noisy sine</source>
        <translation>Zajos szinusz</translation>
    </message>
    <message>
        <source>Noisy plane</source>
        <translation>Zajos sík</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>ÉS kapu</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>VAGY kapu</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>NEM-ÉS kapu</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>XOR kapu</translation>
    </message>
    <message>
        <source>XNOR gate</source>
        <translation>XNOR kapu</translation>
    </message>
    <message>
        <source>NOT gate</source>
        <translation>NEM kapu</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; (orange high, blue low):</source>
        <translation>&lt;b&gt;Rejtett egységek&lt;/b&gt; (narancs magas, kék alacsony):</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <source>Brush width</source>
        <translation>Ecsetvastagság</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Vonás visszavonása</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Save drawing as…</source>
        <translation>Rajz mentése másként…</translation>
    </message>
    <message>
        <source>Show in feature maps</source>
        <translation>Mutatás a jellemzőtérképeken</translation>
    </message>
    <message>
        <source>The feature-map viewer follows the drawing as you draw</source>
        <translation>A jellemzőtérképek rajzolás közben követik a rajzot</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Ecset</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Osztály</translation>
    </message>
    <message>
        <source>The network sees:</source>
        <translation>A háló ezt látja:</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>A TensorFlow még töltődik…</translation>
    </message>
</context>
<context>
    <name>EmbeddingView</name>
    <message>
        <source>PCA</source>
        <translation>PCA (főkomponensek)</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE (szomszédságok)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Vetítés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Keep for comparison</source>
        <translation>Megtartás összehasonlításhoz</translation>
    </message>
    <message>
        <source>Hover over a point to see its image; click to open it.</source>
        <translation>Vigye az egeret egy pont fölé a képéhez; kattintson a megnyitásához.</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>+ Add run</source>
        <translation>+ Futás hozzáadása</translation>
    </message>
    <message>
        <source>− Remove run</source>
        <translation>− Futás eltávolítása</translation>
    </message>
    <message>
        <source>▶ Train all</source>
        <translation>▶ Mind tanítása</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Leállítás</translation>
    </message>
    <message>
        <source>Results as CSV…</source>
        <translation>Eredmények CSV-ként…</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Choose a dataset first (the toolbar&apos;s Dataset).</source>
        <translation>Előbb válasszon adathalmazt (az eszköztáron).</translation>
    </message>
    <message>
        <source>Training run 1…</source>
        <translation>1. futás tanítása…</translation>
    </message>
    <message>
        <source>Train the runs first.</source>
        <translation>Előbb tanítsa be a futásokat.</translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <source>Random</source>
        <translation>Véletlen</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Képfájl…</translation>
    </message>
    <message>
        <source>Test example of class</source>
        <translation>Tesztpélda ebből az osztályból:</translation>
    </message>
    <message>
        <source>number</source>
        <translation>sorszám</translation>
    </message>
    <message>
        <source>Click a unit of a map to see which input pixels it sees.</source>
        <translation>Kattintson egy térkép egységére, hogy lássa, mely bemeneti pixeleket látja.</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>Layer:</source>
        <translation>Réteg:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Színek:</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Histograms over epochs of layer</source>
        <translation>Hisztogramok epochonként, réteg:</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>Filters</source>
        <translation>Szűrők</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Jellemzőtérképek</translation>
    </message>
    <message>
        <source>Why this answer</source>
        <translation>Miért ez a válasz</translation>
    </message>
    <message>
        <source>What it sees</source>
        <translation>Mit lát</translation>
    </message>
    <message>
        <source>What a unit wants</source>
        <translation>Mit keres egy egység</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Döntési határ</translation>
    </message>
    <message>
        <source>Weights by hand</source>
        <translation>Súlyok kézzel</translation>
    </message>
    <message>
        <source>Backprop by hand</source>
        <translation>Visszaterjesztés kézzel</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>Perceptron-szabály</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradiensek</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivációk</translation>
    </message>
    <message>
        <source>Fitted curve</source>
        <translation>Illesztett görbe</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Számítási gráf</translation>
    </message>
    <message>
        <source>All views ▾</source>
        <translation>Minden nézet ▾</translation>
    </message>
    <message>
        <source>All views inside the network</source>
        <translation>A háló belsejének összes nézete</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <source>Weights: {source}</source>
        <translation>Súlyok: {source}</translation>
    </message>
    <message>
        <source>This view could not be drawn: {error}</source>
        <translation>Ezt a nézetet nem sikerült megrajzolni: {error}</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>&lt;b&gt;The kernel&lt;/b&gt;</source>
        <translation>&lt;b&gt;A kernel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A test image&lt;/b&gt;</source>
        <translation>&lt;b&gt;Egy tesztkép&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its feature map&lt;/b&gt;</source>
        <translation>&lt;b&gt;A jellemzőtérképe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>See every layer&apos;s feature maps</source>
        <translation>Minden réteg jellemzőtérképének megtekintése</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see a map.</source>
        <translation>Válasszon a hálóhoz illő adathalmazt a térkép megjelenítéséhez.</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Search layers…</source>
        <translation>Réteg keresése…</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>your name (for the teacher)</source>
        <translation>az Ön neve (a tanárnak)</translation>
    </message>
    <message>
        <source>Open lessons…</source>
        <translation>Leckék megnyitása…</translation>
    </message>
    <message>
        <source>A teacher&apos;s own lesson files: choose their folder</source>
        <translation>Egy tanár saját leckéi: válassza ki a mappájukat</translation>
    </message>
    <message>
        <source>Export progress…</source>
        <translation>Haladás exportálása…</translation>
    </message>
    <message>
        <source>A small file with the steps you passed, for your teacher</source>
        <translation>Egy kis fájl a teljesített lépésekkel a tanárának</translation>
    </message>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Válasszon leckét fent (dupla kattintás vagy Enter).</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>az Ön válasza</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Vissza</translation>
    </message>
    <message>
        <source>Check ✓</source>
        <translation>Ellenőrzés ✓</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Mutasd meg</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tovább ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Kilépés a leckéből</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fit the output layer</source>
        <translation>Kimeneti réteg igazítása</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Most nem</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Rétegek</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Tulajdonságok</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémák</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tanítás</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>A háló belseje</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Rajzolj egy számjegyet</translation>
    </message>
    <message>
        <source> Dataset: </source>
        <translation> Adathalmaz: </translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leckék</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>a rendszer nyelve</translation>
    </message>
    <message>
        <source>LayerLab will speak {language} when it starts again. Restart now? (You are asked to save your work first.)</source>
        <translation>A LayerLab a következő indításkor ezen a nyelven szól: {language}. Újraindítás most? (Előbb megkérdezi, hogy mentse-e a munkát.)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>A tanítás fut</translation>
    </message>
    <message>
        <source>Stop the training and quit LayerLab?</source>
        <translation>Leállítja a tanítást és kilép a LayerLabből?</translation>
    </message>
</context>
<context>
    <name>MaximizationView</name>
    <message>
        <source>all units of the layer</source>
        <translation>a réteg összes egysége</translation>
    </message>
    <message>
        <source>Find the pattern</source>
        <translation>A minta megkeresése</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>A LayerLab &amp;névjegye</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Ú&amp;j</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Új &amp;sablonból</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Megnyitás…</translation>
    </message>
    <message>
        <source>Load &amp;weights into this network…</source>
        <translation>&amp;Súlyok betöltése ebbe a hálóba…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Legutóbbiak</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>M&amp;entés</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Mentés más&amp;ként…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportálás</translation>
    </message>
    <message>
        <source>Network summary (text)…</source>
        <translation>Hálózat összefoglalója (szöveg)…</translation>
    </message>
    <message>
        <source>Canvas picture (PNG)…</source>
        <translation>A vászon képe (PNG)…</translation>
    </message>
    <message>
        <source>Network diagram, whole (SVG or PNG)…</source>
        <translation>A teljes hálózat ábrája (SVG vagy PNG)…</translation>
    </message>
    <message>
        <source>Figure under the mouse (SVG or PNG)…</source>
        <translation>Az egér alatti ábra (SVG vagy PNG)…</translation>
    </message>
    <message>
        <source>Model with its weights (.keras)…</source>
        <translation>Modell a súlyaival (.keras)…</translation>
    </message>
    <message>
        <source>Weights only (.weights.h5)…</source>
        <translation>Csak a súlyok (.weights.h5)…</translation>
    </message>
    <message>
        <source>Keras script (one device)…</source>
        <translation>Keras-szkript (egy eszköz)…</translation>
    </message>
    <message>
        <source>Keras script for several GPUs (MirroredStrategy)…</source>
        <translation>Keras-szkript több GPU-ra (MirroredStrategy)…</translation>
    </message>
    <message>
        <source>Keras script for several computers (MultiWorkerMirroredStrategy)…</source>
        <translation>Keras-szkript több számítógépre (MultiWorkerMirroredStrategy)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>S&amp;zerkesztés</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Mégis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Kettőzés</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Összes kijelölése</translation>
    </message>
    <message>
        <source>Copy &amp;figure</source>
        <translation>Ábra &amp;másolása</translation>
    </message>
    <message>
        <source>&amp;Find a layer to add…</source>
        <translation>Hozzáadandó réteg &amp;keresése…</translation>
    </message>
    <message>
        <source>Insert ma&amp;xout unit</source>
        <translation>Ma&amp;xout egység beszúrása</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Bemutató mód</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Nagyobb szöveg</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Kisebb szöveg</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>&amp;Normál szövegméret</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Téma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>A rendszer szerint</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Világos</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sötét</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>&amp;Színtévesztő-barát színek</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>N&amp;yelv</translation>
    </message>
    <message>
        <source>Zoom the network &amp;in</source>
        <translation>A háló &amp;nagyítása</translation>
    </message>
    <message>
        <source>Zoom the network &amp;out</source>
        <translation>A háló &amp;kicsinyítése</translation>
    </message>
    <message>
        <source>&amp;Fit the network to the view</source>
        <translation>A háló &amp;illesztése a nézethez</translation>
    </message>
    <message>
        <source>&amp;Tidy layout</source>
        <translation>Elrendezés &amp;rendezése</translation>
    </message>
    <message>
        <source>Show shapes on &amp;edges</source>
        <translation>&amp;Alakok mutatása az éleken</translation>
    </message>
    <message>
        <source>Inside the &amp;network</source>
        <translation>A &amp;háló belseje</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Szűrők</translation>
    </message>
    <message>
        <source>Feature &amp;maps</source>
        <translation>&amp;Jellemzőtérképek</translation>
    </message>
    <message>
        <source>&amp;Why this answer</source>
        <translation>&amp;Miért ez a válasz</translation>
    </message>
    <message>
        <source>What it &amp;sees (embedding)</source>
        <translation>Mit &amp;lát (beágyazás)</translation>
    </message>
    <message>
        <source>What a &amp;unit wants</source>
        <translation>Mit keres egy &amp;egység</translation>
    </message>
    <message>
        <source>&amp;Decision boundary</source>
        <translation>&amp;Döntési határ</translation>
    </message>
    <message>
        <source>&amp;Weights by hand</source>
        <translation>Súlyok &amp;kézzel</translation>
    </message>
    <message>
        <source>Computational &amp;graph</source>
        <translation>Számítási &amp;gráf</translation>
    </message>
    <message>
        <source>&amp;Backprop by hand</source>
        <translation>&amp;Visszaterjesztés kézzel</translation>
    </message>
    <message>
        <source>&amp;Perceptron rule</source>
        <translation>&amp;Perceptron-szabály</translation>
    </message>
    <message>
        <source>Gradients while &amp;training</source>
        <translation>Gradiensek &amp;tanítás közben</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Aktivációk</translation>
    </message>
    <message>
        <source>Fitted &amp;curve</source>
        <translation>Illesztett &amp;görbe</translation>
    </message>
    <message>
        <source>&amp;Draw a digit</source>
        <translation>&amp;Rajzolj egy számjegyet</translation>
    </message>
    <message>
        <source>Convolution &amp;sandbox</source>
        <translation>&amp;Konvolúciós homokozó</translation>
    </message>
    <message>
        <source>E&amp;xperiment board</source>
        <translation>&amp;Kísérleti tábla</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leckék</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Tanítás</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Indítás</translation>
    </message>
    <message>
        <source>&amp;Pause or go on</source>
        <translation>&amp;Szünet vagy folytatás</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Egy lépés</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Leállítás</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Ablak</translation>
    </message>
    <message>
        <source>{title} workspace</source>
        <translation>{title} munkaterület</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Elrendezés &amp;visszaállítása</translation>
    </message>
</context>
<context>
    <name>MetricPlot</name>
    <message>
        <source>train</source>
        <translation>tanítás</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validálás</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>{n} params</source>
        <translation>{n} param.</translation>
    </message>
</context>
<context>
    <name>PerceptronView</name>
    <message>
        <source>all zeros</source>
        <translation>csupa nulla</translation>
    </message>
    <message>
        <source>the network&apos;s weights</source>
        <translation>a háló súlyai</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Show the next example to the perceptron and apply the rule</source>
        <translation>A következő példa megmutatása a perceptronnak és a szabály alkalmazása</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lejátszás</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>A végéig</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Visszaállítás</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Szünet</translation>
    </message>
    <message>
        <source>Step shows the perceptron one example; Play goes on by itself.</source>
        <translation>A Lépés egy példát mutat a perceptronnak; a Lejátszás magától folytatja.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>AlexNet-style</source>
        <translation>AlexNet-stílusú</translation>
    </message>
    <message>
        <source>Deep relu stack (10 × 16)</source>
        <translation>Mély relu-verem (10 × 16)</translation>
    </message>
    <message>
        <source>Deep sigmoid stack (10 × 16)</source>
        <translation>Mély szigmoid-verem (10 × 16)</translation>
    </message>
    <message>
        <source>GoogLeNet-style</source>
        <translation>GoogLeNet-stílusú</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5 (konvolúciós háló)</translation>
    </message>
    <message>
        <source>MNIST MLP 784-512-512-10</source>
        <translation>MNIST többrétegű perceptron 784-512-512-10</translation>
    </message>
    <message>
        <source>Perceptron (AND)</source>
        <translation>Perceptron (ÉS)</translation>
    </message>
    <message>
        <source>Small ResNet</source>
        <translation>Kis ResNet</translation>
    </message>
    <message>
        <source>Sine fit (1-16-1)</source>
        <translation>Szinusz illesztése (1-16-1)</translation>
    </message>
    <message>
        <source>Spirals MLP (2-16-16-2)</source>
        <translation>Spirál-MLP (2-16-16-2)</translation>
    </message>
    <message>
        <source>U-Net-style</source>
        <translation>U-Net-stílusú</translation>
    </message>
    <message>
        <source>Small VGG</source>
        <translation>Kis VGG</translation>
    </message>
    <message>
        <source>XOR MLP (2-2-1)</source>
        <translation>XOR-MLP (2-2-1)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>duplicate id &apos;{id}&apos;</source>
        <translation>a(z) „{id}” azonosító kétszer szerepel</translation>
    </message>
    <message>
        <source>give every layer its own id</source>
        <translation>adjon minden rétegnek saját azonosítót</translation>
    </message>
    <message>
        <source>the id &apos;input&apos; names the network input</source>
        <translation>az „input” azonosító a háló bemenetét jelöli</translation>
    </message>
    <message>
        <source>rename this layer</source>
        <translation>nevezze át ezt a réteget</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; has characters Keras does not accept in layer names</source>
        <translation>a(z) „{id}” azonosítóban olyan karakter van, amelyet a Keras nem fogad el rétegnévben</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>használjon betűket, számjegyeket, „_”, „-” és „.” karaktert</translation>
    </message>
    <message>
        <source>the connections form a cycle: {path}</source>
        <translation>a kapcsolatok kört alkotnak: {path}</translation>
    </message>
    <message>
        <source>remove one of these edges</source>
        <translation>töröljön egyet ezek közül az élek közül</translation>
    </message>
    <message>
        <source>output &apos;{name}&apos; is not a layer</source>
        <translation>a(z) „{name}” kimenet nem réteg</translation>
    </message>
    <message>
        <source>name an existing layer, or leave &apos;output&apos; out to use the last layer</source>
        <translation>adjon meg egy létező réteget, vagy hagyja el az „output” mezőt, és az utolsó réteg lesz a kimenet</translation>
    </message>
    <message>
        <source>the network has no layers</source>
        <translation>a hálónak nincs rétege</translation>
    </message>
    <message>
        <source>add a layer from the palette</source>
        <translation>adjon hozzá egy réteget a palettáról</translation>
    </message>
    <message>
        <source>auxiliary output &apos;{name}&apos; is not a layer</source>
        <translation>a(z) „{name}” segédkimenet nem réteg</translation>
    </message>
    <message>
        <source>name an existing layer in aux_outputs, or remove it</source>
        <translation>adjon meg létező réteget az aux_outputs mezőben, vagy törölje</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the main output and an auxiliary one</source>
        <translation>a(z) „{name}” egyszerre fő- és segédkimenet</translation>
    </message>
    <message>
        <source>e.g. &quot;input_shape&quot;: [28, 28, 1] for MNIST or [2] for two features</source>
        <extracomment>An example larger than this is no classroom network&apos;s input (224×224×3 is 150,528 values).</extracomment>
        <translation>pl. &quot;input_shape&quot;: [28, 28, 1] az MNIST-hez vagy [2] két jellemzőhöz</translation>
    </message>
    <message>
        <source>missing input_shape</source>
        <translation>hiányzik az input_shape</translation>
    </message>
    <message>
        <source>input_shape must be a list of positive whole numbers, not {value}</source>
        <translation>az input_shape pozitív egész számok listája legyen, ne {value}</translation>
    </message>
    <message>
        <source>input_shape {shape} is far too large (at most {most} per axis and {values} values per example)</source>
        <translation>az input_shape {shape} túl nagy (tengelyenként legfeljebb {most}, példánként {values} érték)</translation>
    </message>
    <message>
        <source>unknown layer type &apos;{name}&apos;</source>
        <translation>ismeretlen rétegtípus: „{name}”</translation>
    </message>
    <message>
        <source>LayerLab offers: {types}</source>
        <translation>A LayerLab ezeket kínálja: {types}</translation>
    </message>
    <message>
        <source>unknown input &apos;{name}&apos;</source>
        <extracomment>Unknown inputs that get a &quot;did you mean&quot; suggestion; past this, each would cost a search over every id (quadratic for a 10,000-layer file full of dangling inputs).</extracomment>
        <translation>ismeretlen bemenet: „{name}”</translation>
    </message>
    <message>
        <source>connect it to an existing layer or to &apos;input&apos;</source>
        <translation>kösse egy létező réteghez vagy az „input”-hoz</translation>
    </message>
    <message>
        <source>has no input</source>
        <translation>nincs bemenete</translation>
    </message>
    <message>
        <source>connect a layer&apos;s output to it</source>
        <translation>kössön hozzá egy réteg kimenetét</translation>
    </message>
    <message>
        <source>{layer} needs at least {needed} inputs, got {n}</source>
        <translation>a(z) {layer} rétegnek legalább {needed} bemenet kell, most {n} van</translation>
    </message>
    <message>
        <source>connect another branch to it</source>
        <translation>kössön hozzá egy másik ágat</translation>
    </message>
    <message>
        <source>{layer} takes one input, got {n} ({inputs})</source>
        <translation>a(z) {layer} réteg egy bemenetet fogad, most {n} van ({inputs})</translation>
    </message>
    <message>
        <source>merge them first with Add or Concatenate</source>
        <translation>előbb egyesítse őket Add vagy Concatenate réteggel</translation>
    </message>
    <message>
        <source>the same input is connected twice</source>
        <translation>ugyanaz a bemenet kétszer van bekötve</translation>
    </message>
    <message>
        <source>connect distinct layers</source>
        <translation>különböző rétegeket kössön be</translation>
    </message>
    <message>
        <source>not connected to the output &apos;{name}&apos;; its result would be unused</source>
        <translation>nincs összekötve a(z) „{name}” kimenettel; az eredménye kárba veszne</translation>
    </message>
    <message>
        <source>connect it into the network, delete it, or make it an auxiliary output</source>
        <translation>kösse be a hálóba, törölje, vagy tegye segédkimenetté</translation>
    </message>
    <message>
        <source>output shape {shape} has no values</source>
        <translation>a(z) {shape} kimeneti alakban nincs érték</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos;, a smaller kernel or a smaller stride</source>
        <translation>használjon padding=&apos;same&apos; beállítást, kisebb kernelt vagy kisebb lépésközt</translation>
    </message>
    <message>
        <source>{layer} needs an image input (height, width, channels); got {shape}</source>
        <translation>a(z) {layer} réteg képet vár bemenetként (magasság, szélesség, csatornák); ezt kapta: {shape}</translation>
    </message>
    <message>
        <source>{layer} needs a 3-D input (height, width, channels); got {shape}</source>
        <translation>a(z) {layer} réteg háromdimenziós bemenetet vár (magasság, szélesség, csatornák); ezt kapta: {shape}</translation>
    </message>
    <message>
        <source>kernel {kernel} does not fit its {size} input</source>
        <translation>a(z) {kernel} kernel nem fér el a(z) {size} bemenetben</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos; or a smaller kernel</source>
        <translation>használjon padding=&apos;same&apos; beállítást vagy kisebb kernelt</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({total} values) to {target} ({values} values)</source>
        <translation>a(z) {shape} ({total} érték) nem alakítható át {target} alakúra ({values} érték)</translation>
    </message>
    <message>
        <source>choose a target_shape whose sizes multiply to {total}</source>
        <translation>válasszon olyan target_shape-et, amelynek méreteinek szorzata {total}</translation>
    </message>
    <message>
        <source>inputs have shapes {shapes}; {layer} needs equal shapes</source>
        <translation>a bemenetek alakja {shapes}; a(z) {layer} réteg egyforma alakokat vár</translation>
    </message>
    <message>
        <source>inputs have shapes {shapes}; Concatenate needs inputs of the same rank</source>
        <translation>a bemenetek alakja {shapes}; a Concatenate azonos dimenziószámú bemeneteket vár</translation>
    </message>
    <message>
        <source>Flatten or Reshape the branches first</source>
        <translation>előbb alkalmazzon Flatten vagy Reshape réteget az ágakon</translation>
    </message>
    <message>
        <source>pool {pool} does not fit its {size} input</source>
        <translation>a(z) {pool} pooling-ablak nem fér el a(z) {size} bemenetben</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos; or a smaller pool_size</source>
        <translation>használjon padding=&apos;same&apos; beállítást vagy kisebb pool_size-t</translation>
    </message>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <extracomment>Parameter kinds. ``size2`` is an int or a pair (kernel 5 or [5, 3]); ``optional_size2`` also accepts null (pooling strides default to the pool size); ``shape`` is a list of positive ints with at most one -1; ``regularizer`` is null or {&quot;l1&quot;: x}, {&quot;l2&quot;: x}, {&quot;l1&quot;: x, &quot;l2&quot;: y}. ``padding2d`` is n, [rows, columns] or [[top, bottom], [left, right]] of zeros (≥ 0).</extracomment>
        <translation> (erre gondolt: „{name}”?)</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>figyelmeztetés: {text}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Layer</source>
        <translation>Réteg</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probléma</translation>
    </message>
</context>
<context>
    <name>ProjectStatusBar</name>
    <message>
        <source>Device: looking…</source>
        <translation>Eszköz: keresés…</translation>
    </message>
    <message>
        <source>Parameters: {n}</source>
        <translation>Paraméterek: {n}</translation>
    </message>
    <message>
        <source>Training memory ≈ {size} (batch {batch})</source>
        <translation>Tanítási memória ≈ {size} ({batch} elemű köteg)</translation>
    </message>
    <message>
        <source>Training memory: —</source>
        <translation>Tanítási memória: —</translation>
    </message>
    <message>
        <source>Dataset: {name}</source>
        <translation>Adathalmaz: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <source>Device: {n} GPU</source>
        <translation>Eszköz: {n} GPU</translation>
    </message>
    <message>
        <source>Device: CPU (no GPU found)</source>
        <translation>Eszköz: CPU (nincs GPU)</translation>
    </message>
    <message>
        <source>Device: CPU (TensorFlow failed)</source>
        <translation>Eszköz: CPU (a TensorFlow hibát jelzett)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>&lt;b&gt;input&lt;/b&gt; · the data fed to the network</source>
        <translation>&lt;b&gt;input&lt;/b&gt; · a hálónak adott adatok</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation>Bemeneti alak</translation>
    </message>
    <message>
        <source>= pool size</source>
        <translation>= pooling-méret</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Háló</translation>
    </message>
    <message>
        <source>{layers} layer · {params} parameters ({trainable} trainable, {frozen} not)</source>
        <translation>{layers} réteg · {params} paraméter ({trainable} tanítható, {frozen} nem)</translation>
    </message>
    <message>
        <source>{layers} layers · {params} parameters ({trainable} trainable, {frozen} not)</source>
        <translation>{layers} réteg · {params} paraméter ({trainable} tanítható, {frozen} nem)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Kimenet</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paraméterek</translation>
    </message>
    <message>
        <source>({n} not trained)</source>
        <translation>({n} nem tanított)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Train a network to see its test results here.</source>
        <translation>Tanítson be egy hálót, és itt látja a teszteredményeit.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Tanítás…</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>one batch</source>
        <translation>egy köteg</translation>
    </message>
    <message>
        <source>one epoch</source>
        <translation>egy epoch</translation>
    </message>
    <message>
        <source>Start  (F5)</source>
        <translation>Indítás  (F5)</translation>
    </message>
    <message>
        <source>Train the network on the dataset with these settings.</source>
        <translation>A háló tanítása az adathalmazon ezekkel a beállításokkal.</translation>
    </message>
    <message>
        <source>Pause  (F6)</source>
        <translation>Szünet  (F6)</translation>
    </message>
    <message>
        <source>Step  (F10)</source>
        <translation>Egy lépés  (F10)</translation>
    </message>
    <message>
        <source>Stop  (Shift+F5)</source>
        <translation>Leállítás  (Shift+F5)</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Lépés mérete</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Kiindulás</translation>
    </message>
    <message>
        <source>new random weights</source>
        <translation>új véletlen súlyok</translation>
    </message>
</context>
<context>
    <name>SandboxControls</name>
    <message>
        <source>Which test image</source>
        <translation>Melyik tesztkép</translation>
    </message>
    <message>
        <source>Downscale the image to this many rows and columns</source>
        <translation>A kép kicsinyítése ennyi sorra és oszlopra</translation>
    </message>
    <message>
        <source>Paste numbers</source>
        <translation>Számok beillesztése</translation>
    </message>
    <message>
        <source>More kernels give more output maps (channels)</source>
        <translation>Több kernel több kimeneti térképet (csatornát) ad</translation>
    </message>
    <message>
        <source>valid: no zeros; same: enough zeros to keep the size; n rings</source>
        <translation>valid: nincs nulla; same: annyi nulla, hogy a méret megmaradjon; n gyűrű</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source>Shift the input</source>
        <translation>A bemenet eltolása</translation>
    </message>
    <message>
        <source>Move the input by</source>
        <translation>A bemenet eltolása ennyivel:</translation>
    </message>
    <message>
        <source>Shift the input to compare the outputs.</source>
        <translation>Tolja el a bemenetet a kimenetek összevetéséhez.</translation>
    </message>
    <message>
        <source>Fix the settings first: the sandbox shows what is wrong.</source>
        <translation>Előbb javítsa a beállításokat: a homokozó megmutatja, mi a hiba.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Plots as PNG…</source>
        <translation>Grafikonok PNG-ként…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>Előzmények CSV-ként…</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Előbb válasszon adathalmazt az eszköztáron.</translation>
    </message>
    <message>
        <source>The network has problems (see the Problems list); fix them before training.</source>
        <translation>A hálónak problémái vannak (lásd a Problémák listát); javítsa ki őket a tanítás előtt.</translation>
    </message>
    <message>
        <source>No hand-set weights yet: set them in the Weights tab, or choose other initial weights.</source>
        <translation>Még nincsenek kézzel beállított súlyok: állítsa be őket a Súlyok lapon, vagy válasszon más kezdeti súlyokat.</translation>
    </message>
    <message>
        <source>Training {params} parameters on {device}: {train} train / {val} validation examples, {steps} steps per epoch.</source>
        <translation>{params} paraméter tanítása ezen: {device}; {train} tanító / {val} validáló példa, epochonként {steps} lépés.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}. Resume with F6, or Step (F10) for {unit}.</source>
        <translation>Szünet a(z) {epoch}. epochnál. Folytatás: F6, vagy Lépés (F10): {unit}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Folytatva.</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Elfogyott a memória</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>A tanítás nem sikerült</translation>
    </message>
    <message>
        <source>Training stopped: {reason}.</source>
        <translation>A tanítás leállt: {reason}.</translation>
    </message>
    <message>
        <source>Stopped: the weights trained so far are kept.</source>
        <translation>Leállítva: az eddig tanult súlyok megmaradnak.</translation>
    </message>
    <message>
        <source>done · {n} epoch(s)</source>
        <translation>kész · {n} epoch</translation>
    </message>
    <message>
        <source>Finished in {time}.</source>
        <translation>Kész, {time} alatt.</translation>
    </message>
    <message>
        <source>No test evaluation (the run was cut short).</source>
        <translation>Nincs tesztkiértékelés (a futás félbeszakadt).</translation>
    </message>
    <message>
        <source>The last run was on {then}; train to see results on {now}.</source>
        <translation>Az utolsó futás ezen volt: {then}; tanítson, hogy lássa az eredményeket ezen: {now}.</translation>
    </message>
    <message>
        <source>The network changed since it was trained: the trained weights no longer match it. Train again to update them.</source>
        <translation>A háló megváltozott a tanítás óta: a tanult súlyok már nem illenek hozzá. Tanítsa újra a frissítésükhöz.</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>Veszteség</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Pontosság</translation>
    </message>
    <message>
        <source>log scale (loss)</source>
        <translation>logaritmikus skála (veszteség)</translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation>Korábbi futások törlése</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>random (Keras default)</source>
        <translation>véletlen (Keras alapértelmezés)</translation>
    </message>
    <message>
        <source>all zeros</source>
        <translation>csupa nulla</translation>
    </message>
    <message>
        <source>as set by hand</source>
        <translation>ahogy kézzel beállította</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>stop after</source>
        <translation>leállás ennyi után:</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> epoch javulás nélkül</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatikus</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>write logs</source>
        <translation>naplók írása</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimalizáló</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tanulási ráta</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Lendület (momentum)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Kötegméret</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochok</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validálás</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Korai leállítás</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Kezdőérték (seed)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Eszköz</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Kezdeti súlyok</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source> epoch without progress</source>
        <translation> epoch javulás nélkül</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>All zero</source>
        <translation>Mind nulla</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Véletlen</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see outputs.</source>
        <translation>Válasszon a hálóhoz illő adathalmazt a kimenetek megjelenítéséhez.</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>untrained: {note}</source>
        <translation>tanítatlan: {note}</translation>
    </message>
    <message>
        <source>random initial weights</source>
        <translation>véletlen kezdeti súlyok</translation>
    </message>
    <message>
        <source>training: {note}</source>
        <translation>tanítás alatt: {note}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>tanítás alatt</translation>
    </message>
    <message>
        <source>trained ({note})</source>
        <translation>tanítva ({note})</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>tanítva</translation>
    </message>
    <message>
        <source>set by hand ({note})</source>
        <translation>kézzel beállítva ({note})</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>kézzel beállítva</translation>
    </message>
    <message>
        <source>from {note}</source>
        <translation>innen: {note}</translation>
    </message>
    <message>
        <source>from a file</source>
        <translation>fájlból</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Design</source>
        <translation>Tervezés</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tanítás</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Vizsgálat</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Rajz</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leckék</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Munkaterületek</translation>
    </message>
    <message>
        <source>{title} workspace (Alt+{n})</source>
        <translation>{title} munkaterület (Alt+{n})</translation>
    </message>
</context>
</TS>
