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
        <source>step</source>
        <translation>lépcső</translation>
    </message>
    <message>
        <source>Mark where this layer&apos;s units are for a test example</source>
        <translation>Jelölje, hol vannak a réteg egységei egy tesztpéldánál</translation>
    </message>
    <message>
        <source>LeakyReLU slope</source>
        <translation>LeakyReLU meredeksége</translation>
    </message>
    <message>
        <source>ELU α</source>
        <translation>ELU α</translation>
    </message>
    <message>
        <source>mark layer</source>
        <translation>jelölt réteg</translation>
    </message>
    <message>
        <source>test example</source>
        <translation>tesztpélda</translation>
    </message>
    <message>
        <source>g(z) and its derivative g&apos;(z)</source>
        <translation>g(z) és deriváltja, g&apos;(z)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Softmax&lt;/b&gt; of a vector z (type numbers):</source>
        <translation>&lt;b&gt;Softmax&lt;/b&gt; egy z vektorra (írjon be számokat):</translation>
    </message>
    <message>
        <source>softmax(z): probabilities that sum to 1</source>
        <translation>softmax(z): valószínűségek, amelyek összege 1</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>A TensorFlow még töltődik…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <source> — {count} pre-activation(s) of &lt;b&gt;{layer}&lt;/b&gt; for test example {example} (green on g, triangles on g&apos;). {share} of them sit where g&apos;(z) &amp;lt; 0.01: almost no gradient flows back through those units.</source>
        <translation> — &lt;b&gt;{layer}&lt;/b&gt; {count} előaktivációja a(z) {example}. tesztpéldára (zöld a g-n, háromszögek a g&apos;-n). Ezek közül {share} ott van, ahol g&apos;(z) &amp;lt; 0,01: ezeken az egységeken alig folyik vissza gradiens.</translation>
    </message>
    <message>
        <source>: pick a layer of your network to see where its units are on the curve.</source>
        <translation>: válassz egy réteget a hálózatodból, és meglátod, hol vannak egységei a görbén.</translation>
    </message>
    <message>
        <source>Type numbers separated by spaces, e.g. 2 1 0.1</source>
        <translation>Írjon szóközzel elválasztott számokat, pl. 2 1 0.1</translation>
    </message>
    <message>
        <source>Type between 1 and 20 numbers.</source>
        <translation>Írjon be 1 és 20 közötti számú számot.</translation>
    </message>
    <message>
        <source>; they sum to {total}.</source>
        <translation>; összegük {total}.</translation>
    </message>
</context>
<context>
    <name>Backprop</name>
    <message>
        <source>layer &apos;{name}&apos; is {kind}: backpropagation by hand shows networks of Dense layers only</source>
        <translation>a(z) &apos;{name}&apos; réteg {kind}: a kézi visszaterjesztés csak Dense rétegekből álló hálózatokat mutat</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; has {units} units; at most {limit} are shown</source>
        <translation>a(z) &apos;{name}&apos; rétegnek {units} egysége van; legfeljebb {limit} látható</translation>
    </message>
    <message>
        <source>the model has no Dense layer</source>
        <translation>a modellnek nincs Dense rétege</translation>
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
        <source>Example</source>
        <translation>Példa</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cél</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>veszteség</translation>
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
        <source>Write the new weights into the project: one SGD step on this example</source>
        <translation>Az új súlyok beírása a projektbe: egy SGD-lépés ezen a példán</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>súly</translation>
    </message>
    <message>
        <source>new w</source>
        <translation>új w</translation>
    </message>
    <message>
        <source>{problem}. Backprop by hand works on dense networks such as the XOR network or a small MLP on a 2-D dataset.</source>
        <translation>{problem}. A kézi visszaterjesztés sűrű hálózatokon működik, például az XOR hálózaton vagy egy kis MLP-n 2-D adathalmazon.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The loss is hidden until you answer the lesson&apos;s question.&lt;/i&gt;</source>
        <translation>&lt;i&gt;A veszteség rejtve marad, amíg nem válaszolsz a lecke kérdésére.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next ▶ runs the example forward, then finds the loss.&lt;/i&gt;</source>
        <translation>&lt;i&gt;A Tovább ▶ előre átviszi a példát, majd kiszámítja a veszteséget.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&lt;b&gt;input&lt;/b&gt; — the data that goes in: one example of shape {shape} (the batch axis is added by Keras).&lt;br&gt;Select it to change the input shape.</source>
        <translation>&lt;b&gt;input&lt;/b&gt; — a bemenő adat: egy {shape} alakú példa (a batch tengelyt a Keras adja hozzá).&lt;br&gt;Jelöld ki, hogy megváltoztasd a bemenet alakját.</translation>
    </message>
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
        <source>Sequence</source>
        <translation>Sorozat</translation>
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
        <source>A table with one learned vector per token: the input is a sequence of whole numbers (token 7, token 2, …) and each number is replaced by its row of the table. Tokens used in similar places end up with similar vectors.</source>
        <translation>Táblázat, tokenenként egy tanult vektorral: a bemenet egész számok sorozata (7-es token, 2-es token, …), és minden számot a táblázat megfelelő sora vált fel. A hasonló helyeken használt tokenek hasonló vektorokat kapnak.</translation>
    </message>
    <message>
        <source>output[t] = E[x_t]</source>
        <translation>kimenet[t] = E[x_t]</translation>
    </message>
    <message>
        <source>parameters = tokens · vector length</source>
        <translation>paraméterek = tokenek · vektorhossz</translation>
    </message>
    <message>
        <source>Every position of a sequence looks at every other one and takes a weighted average of their values; the weights come from how well its query matches their keys (softmax(Q·Kᵀ/√d)). Several heads do this in parallel with their own projections. Wired to one input it is self-attention; wired to two, the first gives the queries and the second the keys and values. The output has the query&apos;s shape.</source>
        <translation>A sorozat minden pozíciója az összes többire néz, és azok értékeinek súlyozott átlagát veszi; a súlyok abból adódnak, mennyire illik a lekérdezése a kulcsaikhoz (softmax(Q·Kᵀ/√d)). Több fej csinálja ezt párhuzamosan, saját vetítésekkel. Egy bemenetre kötve önfigyelem; kettőre kötve az első adja a lekérdezéseket, a második a kulcsokat és értékeket. A kimenet a lekérdezés alakját kapja.</translation>
    </message>
    <message>
        <source>Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V</source>
        <translation>Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V</translation>
    </message>
    <message>
        <source>parameters = 3 projections (n_in+1)·h·d + output h·d·n_in + n_in</source>
        <translation>paraméterek = 3 vetítés (n_be+1)·h·d + kimenet h·d·n_be + n_be</translation>
    </message>
    <message>
        <source>Attention by itself does not know the order of the tokens: shuffle them and every output is shuffled the same way. This layer adds a learned vector for each position (first token, second token, …) to the input, so where a token is becomes part of what it is.</source>
        <translation>A figyelem önmagában nem ismeri a tokenek sorrendjét: keverd össze őket, és minden kimenet ugyanúgy keveredik. Ez a réteg minden pozícióhoz (első token, második token, …) egy tanult vektort ad a bemenethez, így az, hogy hol áll egy token, a jelentése része lesz.</translation>
    </message>
    <message>
        <source>output[t] = x[t] + P[t]</source>
        <translation>kimenet[t] = x[t] + P[t]</translation>
    </message>
    <message>
        <source>parameters = time steps · features</source>
        <translation>paraméterek = időlépések · jellemzők</translation>
    </message>
    <message>
        <source>Puts one learned extra token in front of the sequence. Through attention it gathers information from every patch; the Vision Transformer classifies from this token alone (a GlobalAveragePooling1D over all tokens does the same job more simply).</source>
        <translation>Egy tanult extra tokent tesz a sorozat elejére. A figyelmen keresztül minden képfoltból információt gyűjt; a Vision Transformer egyedül ebből a tokenből osztályoz (egy GlobalAveragePooling1D az összes tokenen egyszerűbben elvégzi ugyanezt).</translation>
    </message>
    <message>
        <source>output = [c ; x_1 ; … ; x_T]</source>
        <translation>kimenet = [c ; x_1 ; … ; x_T]</translation>
    </message>
    <message>
        <source>parameters = features</source>
        <translation>paraméterek = jellemzők</translation>
    </message>
    <message>
        <source>The average of a sequence over its time steps: (T, features) becomes (features,). After attention it summarises every token in one vector for a classifier.</source>
        <translation>Egy sorozat átlaga az időlépésein: (T, jellemzők)-ből (jellemzők,) lesz. A figyelem után minden tokent egyetlen vektorba foglal egy osztályozó számára.</translation>
    </message>
    <message>
        <source>output = (1/T) Σ_t x[t]</source>
        <translation>kimenet = (1/T) Σ_t x[t]</translation>
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
        <source>output {size} = {formula}</source>
        <translation>kimenet {size} = {formula}</translation>
    </message>
    <message>
        <source>output height {size} = {formula}</source>
        <translation>kimenet magassága {size} = {formula}</translation>
    </message>
    <message>
        <source>output width {size} = {formula}</source>
        <translation>kimenet szélessége {size} = {formula}</translation>
    </message>
    <message>
        <source>parameters 0 (pooling has nothing to learn)</source>
        <translation>paraméterek 0 (a poolingnak nincs mit tanulnia)</translation>
    </message>
    <message>
        <source>stride {size}</source>
        <translation>lépés {size}</translation>
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
        <source>each of the {channels} channels: mean over {size} = {n} values</source>
        <translation>mind a(z) {channels} csatorna: átlag {size} = {n} értéken</translation>
    </message>
    <message>
        <source>each of the {channels} channels: max over {size} = {n} values</source>
        <translation>mind a(z) {channels} csatorna: maximum {size} = {n} értéken</translation>
    </message>
    <message>
        <source>parameters 0</source>
        <translation>paraméterek 0</translation>
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
    <message>
        <source>A layer with memory: at every time step its state is computed from the new input and from its own state one step before, h_t = tanh(x_t·W + h_{t−1}·U + b). The output of the units is fed back to their input, so the network is a dynamical system with an internal state. Long sequences are hard for it: the gradient shrinks (or grows) by the same factor at every step back in time.</source>
        <translation>Réteg memóriával: minden időlépésben az állapotát az új bemenetből és a saját, egy lépéssel korábbi állapotából számolja, h_t = tanh(x_t·W + h_{t−1}·U + b). Az egységek kimenete visszajut a bemenetükre, így a hálózat belső állapotú dinamikai rendszer. A hosszú sorozatok nehezek neki: a gradiens minden visszafelé tett időlépésnél ugyanazzal a tényezővel csökken (vagy nő).</translation>
    </message>
    <message>
        <source>h_t = tanh(x_t·W + h_{t−1}·U + b)</source>
        <translation>h_t = tanh(x_t·W + h_{t−1}·U + b)</translation>
    </message>
    <message>
        <source>parameters = n_in·n + n·n + n</source>
        <translation>paraméterek = n_be·n + n·n + n</translation>
    </message>
    <message>
        <source>Long short-term memory: a recurrent layer with a cell state and three gates (forget, input, output) that decide, at each step, what the memory keeps, what it writes and what it shows. The cell state is updated by addition, so gradients survive many steps back in time — it learns what a simple RNN forgets.</source>
        <translation>Hosszú rövid távú memória: visszacsatolt réteg cellaállapottal és három kapuval (felejtő, bemeneti, kimeneti), amelyek minden lépésben eldöntik, mit tart meg, mit ír be és mit mutat a memória. A cellaállapot összeadással frissül, így a gradiensek sok időlépésen át visszafelé is megmaradnak — megtanulja, amit egy egyszerű RNN elfelejt.</translation>
    </message>
    <message>
        <source>c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)</source>
        <translation>c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)</translation>
    </message>
    <message>
        <source>parameters = 4·(n_in·n + n·n + n)</source>
        <translation>paraméterek = 4·(n_be·n + n·n + n)</translation>
    </message>
    <message>
        <source>Gated recurrent unit: a lighter LSTM with two gates (update and reset) and no separate cell state. The update gate mixes the old state and a new candidate, so the layer can keep its memory for many steps.</source>
        <translation>Kapuzott visszacsatolt egység: könnyebb LSTM két kapuval (frissítő és visszaállító), külön cellaállapot nélkül. A frissítő kapu a régi állapotot és egy új jelöltet keveri, így a réteg sok lépésen át megőrizheti a memóriáját.</translation>
    </message>
    <message>
        <source>h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t</source>
        <translation>h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t</translation>
    </message>
    <message>
        <source>parameters = 3·(n_in·n + n·n + 2·n)  (Keras: two biases)</source>
        <translation>paraméterek = 3·(n_be·n + n·n + 2·n)  (Keras: két eltolás)</translation>
    </message>
    <message>
        <source>Two recurrent layers side by side: one reads the sequence from the first step to the last, the other from the last to the first; their outputs are joined. Each step then knows what comes before and after it. Twice the parameters of one layer.</source>
        <translation>Két visszacsatolt réteg egymás mellett: az egyik az első lépéstől az utolsóig olvassa a sorozatot, a másik az utolsótól az elsőig; a kimeneteiket összefűzzük. Így minden lépés tudja, mi van előtte és utána. Egy réteg paramétereinek kétszerese.</translation>
    </message>
    <message>
        <source>output = [forward(x) ; backward(x)]</source>
        <translation>kimenet = [előre(x) ; hátra(x)]</translation>
    </message>
    <message>
        <source>parameters = 2 · parameters of one layer</source>
        <translation>paraméterek = 2 · egy réteg paraméterei</translation>
    </message>
</context>
<context>
    <name>ChallengePanel</name>
    <message>
        <source>Best test accuracy</source>
        <extracomment>Opens a handed-in model file (set by the wiring: the editor opens it).</extracomment>
        <translation>Legjobb tesztpontosság</translation>
    </message>
    <message>
        <source> min</source>
        <translation> perc</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Adathalmaz</translation>
    </message>
    <message>
        <source>Parameters at most</source>
        <translation>Legfeljebb ennyi paraméter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Idő</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Megadás</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Indítás</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Leállítás</translation>
    </message>
    <message>
        <source>Open the winner&apos;s network</source>
        <translation>A győztes hálózatának megnyitása</translation>
    </message>
    <message>
        <source>No challenge yet.</source>
        <translation>Még nincs kihívás.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Helyezés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Tesztpontosság</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paraméterek</translation>
    </message>
    <message>
        <source>Preparing the test data…</source>
        <translation>A tesztadatok előkészítése…</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Kihívás</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Nem sikerült: {reason}</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>megadva</translation>
    </message>
    <message>
        <source>running</source>
        <translation>folyamatban</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>leállítva</translation>
    </message>
    <message>
        <source>{title}: {dataset}, at most {params} parameters — {state}</source>
        <translation>{title}: {dataset}, legfeljebb {params} paraméter — {state}</translation>
    </message>
</context>
<context>
    <name>Class hub</name>
    <message>
        <source>a message of {size} bytes; at most {limit} are read</source>
        <extracomment>The largest WebSocket frame the hub reads; a larger one closes that connection only. A network spec shared with a run (a 200-layer network is a few hundred KB of JSON). Points of one curve (the app thins a run&apos;s curves to this many). A student&apos;s name: printable (no control characters), shown escaped everywhere. A hand-in&apos;s id, chosen by the app so a resent hand-in counts once.</extracomment>
        <translation>{size} bájtos üzenet; legfeljebb {limit} bájtot olvasunk be</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>nem JSON-objektum</translation>
    </message>
    <message>
        <source>protocol version {got}; this LayerLab speaks version {version}: use the same LayerLab release as the teacher</source>
        <translation>{got}. protokollverzió; ez a LayerLab a(z) {version}. verziót beszéli: használd ugyanazt a LayerLab-kiadást, mint a tanár</translation>
    </message>
    <message>
        <source>message &apos;{type}&apos;: {problem}</source>
        <translation>&apos;{type}&apos; üzenet: {problem}</translation>
    </message>
    <message>
        <source>not JSON: {problem}</source>
        <translation>nem JSON: {problem}</translation>
    </message>
    <message>
        <source>{path}: a class saved by a later LayerLab (schema {got}); this one reads schema {version}. Update LayerLab to resume this class.</source>
        <extracomment>The join code&apos;s alphabet: no 0/O, 1/I/L, 2/Z, 5/S, 8/B — nothing read aloud twice.</extracomment>
        <translation>{path}: egy újabb LayerLab által mentett osztály ({got}. séma); ez a(z) {version}. sémát olvassa. Frissítsd a LayerLabot az osztály folytatásához.</translation>
    </message>
    <message>
        <source>{path}: not a class database ({problem})</source>
        <translation>{path}: nem osztály-adatbázis ({problem})</translation>
    </message>
    <message>
        <source>{dataset}: a challenge needs a classification dataset</source>
        <extracomment>Address space of the evaluator: TensorFlow reserves ~3 GB of it before doing anything; the models a challenge allows need a few hundred MB more. Test examples kept per challenge (MNIST&apos;s test set is 10,000).</extracomment>
        <translation>{dataset}: a kihíváshoz osztályozási adathalmaz kell</translation>
    </message>
    <message>
        <source>the evaluation took longer than {seconds} s; stopped</source>
        <translation>a kiértékelés {seconds} mp-nél tovább tartott; leállítva</translation>
    </message>
    <message>
        <source>the evaluation stopped without a score (exit status {code}: out of time or memory, or the model crashed it)</source>
        <translation>a kiértékelés pontszám nélkül állt le ({code} kilépési kód: elfogyott az idő vagy a memória, vagy a modell összeomlasztotta)</translation>
    </message>
    <message>
        <source>{count} hand-ins are waiting for the hub already</source>
        <extracomment>The last push received (sent on reconnection: the hub resends only what was missed).</extracomment>
        <translation>már {count} beadás vár a központra</translation>
    </message>
    <message>
        <source>the hub is gone</source>
        <translation>a központ eltűnt</translation>
    </message>
    <message>
        <source>not connected to the hub</source>
        <translation>nincs kapcsolat a központtal</translation>
    </message>
    <message>
        <source>wrong class code</source>
        <extracomment>How a message reaches one student&apos;s open connections (set by the server). A pushed lesson or network (JSON) or project (a .layerlab). How often the latest shared progress and runs are written to the database. Students in one class (each phone that joins is one more): a class never meets it, and a client with the right code cannot fill the database with made-up names. What answers the phone page&apos;s &quot;what does the network say?&quot;: a 28×28 image in 0…1 → 10 probabilities, called in a worker thread (set by the teacher&apos;s window).</extracomment>
        <translation>hibás osztálykód</translation>
    </message>
    <message>
        <source>the class is full ({count} students)</source>
        <translation>az osztály megtelt ({count} diák)</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is taken in this class; add an initial</source>
        <translation>a(z) „{name}” név már foglalt ebben az osztályban; írj mellé egy kezdőbetűt</translation>
    </message>
    <message>
        <source>a drawing needs its label, a digit 0–9</source>
        <translation>a rajzhoz címke kell, egy 0–9 számjegy</translation>
    </message>
    <message>
        <source>no challenge is running</source>
        <translation>nem fut kihívás</translation>
    </message>
    <message>
        <source>a push is a lesson, a project or a network, not {kind}</source>
        <translation>a küldés lecke, projekt vagy hálózat lehet, nem {kind}</translation>
    </message>
    <message>
        <source>a push of {size} bytes; at most {limit}</source>
        <translation>{size} bájtos küldés; legfeljebb {limit}</translation>
    </message>
    <message>
        <source>no student number {student} in this class</source>
        <translation>nincs {student}. számú diák ebben az osztályban</translation>
    </message>
    <message>
        <source>a message has 1 to {limit} characters, got {count}</source>
        <translation>az üzenet 1–{limit} karakteres lehet, ez {count}</translation>
    </message>
    <message>
        <source>a challenge allows 1 to 150,000,000 parameters and lasts 10 s to 24 h</source>
        <translation>a kihívás 1–150 000 000 paramétert enged, és 10 mp-től 24 óráig tart</translation>
    </message>
    <message>
        <source>no challenge number {number} with its test data</source>
        <translation>nincs {number}. számú kihívás a tesztadataival</translation>
    </message>
    <message>
        <source>a {kind} of {size} bytes; the hub takes at most {limit}</source>
        <extracomment>A project handed in (a classroom project with its runs is ~10 MB). A model handed in for a challenge (the MNIST MLP is 1.2 MB; VGG16 would be 530 MB). A drawn digit (a 280×280 canvas as PNG is ~10 KB). A drawing&apos;s sides, in pixels (a phone&apos;s canvas is at most its screen&apos;s width). The size a drawing is kept at: enough to be read as a digit, and to be resized to 28×28.</extracomment>
        <translation>{size} bájtos {kind}; a központ legfeljebb {limit} bájtot fogad</translation>
    </message>
    <message>
        <source>not a .keras model (a .keras file is a zip): {problem}</source>
        <translation>nem .keras-modell (a .keras-fájl zip): {problem}</translation>
    </message>
    <message>
        <source>not a .keras model (no config.json inside)</source>
        <translation>nem .keras-modell (nincs benne config.json)</translation>
    </message>
    <message>
        <source>a drawing must be a PNG image, got {format}</source>
        <translation>a rajznak PNG-képnek kell lennie, ez érkezett: {format}</translation>
    </message>
    <message>
        <source>a drawing of {width}×{height} pixels; sides from 8 to {limit} are taken</source>
        <translation>{width}×{height} képpontos rajz; 8 és {limit} közötti oldalhossz fogadható el</translation>
    </message>
    <message>
        <source>not a readable PNG drawing ({problem})</source>
        <translation>nem olvasható PNG-rajz ({problem})</translation>
    </message>
    <message>
        <source>the class hub is full ({count} connections)</source>
        <translation>az osztályközpont megtelt ({count} kapcsolat)</translation>
    </message>
    <message>
        <source>too many connections from {address} ({count}); close some</source>
        <translation>túl sok kapcsolat innen: {address} ({count}); zárj be néhányat</translation>
    </message>
    <message>
        <source>no join message in time</source>
        <translation>nem érkezett időben csatlakozási üzenet</translation>
    </message>
    <message>
        <source>the connection ended before joining</source>
        <translation>a kapcsolat a csatlakozás előtt megszakadt</translation>
    </message>
    <message>
        <source>too many wrong codes from {address}; try again in {seconds} s</source>
        <translation>túl sok hibás kód innen: {address}; próbáld újra {seconds} mp múlva</translation>
    </message>
    <message>
        <source>join the class first</source>
        <translation>előbb csatlakozz az osztályhoz</translation>
    </message>
    <message>
        <source>too many messages; at most {rate:g} a second are taken</source>
        <translation>túl sok üzenet; másodpercenként legfeljebb {rate:g} fogadható</translation>
    </message>
    <message>
        <source>already joined</source>
        <translation>már csatlakoztál</translation>
    </message>
    <message>
        <source>wrong teacher secret</source>
        <translation>hibás tanári titok</translation>
    </message>
    <message>
        <source>join the class first (no valid token)</source>
        <extracomment>Only the hub itself: no outside script, style, font or image, no frame around the page. A drawing to predict: a phone&apos;s canvas as a PNG is a few KB. Seconds a prediction may take (one image through a small network takes milliseconds).</extracomment>
        <translation>előbb csatlakozz az osztályhoz (nincs érvényes token)</translation>
    </message>
    <message>
        <source>the teacher has no network to answer with yet</source>
        <translation>a tanárnak még nincs hálózata, amely válaszolna</translation>
    </message>
    <message>
        <source>the drawing is empty</source>
        <translation>a rajz üres</translation>
    </message>
    <message>
        <source>the teacher&apos;s network could not answer: {problem}</source>
        <translation>a tanár hálózata nem tudott válaszolni: {problem}</translation>
    </message>
    <message>
        <source>too many hand-ins at once; try later</source>
        <translation>túl sok beadás egyszerre; próbáld később</translation>
    </message>
    <message>
        <source>a hand-in needs its id (32 hex digits)</source>
        <translation>a beadáshoz azonosító kell (32 hexadecimális számjegy)</translation>
    </message>
    <message>
        <source>a label is one digit 0–9, got {label}</source>
        <translation>a címke egyetlen 0–9 számjegy, ez érkezett: {label}</translation>
    </message>
    <message>
        <source>no such push for you</source>
        <translation>nincs ilyen küldés számodra</translation>
    </message>
    <message>
        <source>teacher actions need the teacher&apos;s secret</source>
        <translation>a tanári műveletekhez a tanár titka kell</translation>
    </message>
</context>
<context>
    <name>ClassDashboard</name>
    <message>
        <source>Class dashboard</source>
        <extracomment>the name column&apos;s widest, in average characters (&quot;Jean-Baptiste Delacroix-Montfort&quot; is elided, its tooltip has it whole): the other columns keep the projector&apos;s width the loss curve&apos;s width, in average characters: a shape a room still reads</extracomment>
        <translation>Osztály irányítópultja</translation>
    </message>
    <message>
        <source>No class is running: File → Class → Start a class.</source>
        <translation>Nincs futó óra: Fájl → Osztály → Óra indítása.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Diákok</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Kihívások</translation>
    </message>
    <message>
        <source>Class dataset</source>
        <translation>Az osztály adathalmaza</translation>
    </message>
    <message>
        <source>Find: a name, a lesson, &quot;step 3&quot;…</source>
        <translation>Keresés: név, lecke, „3. lépés”…</translation>
    </message>
    <message>
        <source>Only those stuck on a check</source>
        <translation>Csak akik elakadtak egy ellenőrzésnél</translation>
    </message>
    <message>
        <source>to everyone</source>
        <translation>mindenkinek</translation>
    </message>
    <message>
        <source>to the selected student</source>
        <translation>a kiválasztott diáknak</translation>
    </message>
    <message>
        <source>Show their network</source>
        <translation>Hálózatának megmutatása</translation>
    </message>
    <message>
        <source>Push the lesson</source>
        <translation>Lecke kiküldése</translation>
    </message>
    <message>
        <source>Push the project</source>
        <translation>Projekt kiküldése</translation>
    </message>
    <message>
        <source>Push the network</source>
        <translation>Hálózat kiküldése</translation>
    </message>
    <message>
        <source>A message for the class…</source>
        <translation>Üzenet az osztálynak…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Open the hand-ins</source>
        <translation>Beadott munkák megnyitása</translation>
    </message>
    <message>
        <source>{name} — code {code} — {address}</source>
        <translation>{name} — kód {code} — {address}</translation>
    </message>
    <message>
        <source>The class has ended. Its folder keeps everything.</source>
        <translation>Az óra véget ért. A mappája mindent megőriz.</translation>
    </message>
    <message>
        <source>{name} handed in a project.</source>
        <translation>{name} beadott egy projektet.</translation>
    </message>
    <message>
        <source>{name} handed in a model.</source>
        <translation>{name} beadott egy modellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) handed in</source>
        <translation>
            <numerusform>%n beadott projekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a student first.</source>
        <translation>Előbb válassz egy diákot.</translation>
    </message>
    <message>
        <source>{name} has not shared a network yet (it comes with a run).</source>
        <translation>{name} még nem osztott meg hálózatot (egy tanítással érkezik).</translation>
    </message>
    <message>
        <source>Your network is shown on the projector.</source>
        <translation>A hálózatod a kivetítőn látható.</translation>
    </message>
    <message>
        <source>{name} is told their network is shown.</source>
        <translation>{name} értesítést kap, hogy a hálózata látható.</translation>
    </message>
    <message>
        <source>Open a lesson first: its step is what is pushed.</source>
        <translation>Előbb nyiss meg egy leckét: annak lépése kerül kiküldésre.</translation>
    </message>
    <message>
        <source>There is no project to push.</source>
        <translation>Nincs kiküldhető projekt.</translation>
    </message>
    <message>
        <source>There is no network to push.</source>
        <translation>Nincs kiküldhető hálózat.</translation>
    </message>
    <message>
        <source>Pushed: {title}</source>
        <translation>Kiküldve: {title}</translation>
    </message>
    <message>
        <source>Not pushed: {reason}</source>
        <translation>Nem lett kiküldve: {reason}</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Üzenet elküldve.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nem ment el: {reason}</translation>
    </message>
</context>
<context>
    <name>ClassDatasetView</name>
    <message>
        <source>Every digit</source>
        <extracomment>Where &quot;Train on it&quot; hands the exported folder (set by the wiring).</extracomment>
        <translation>Minden számjegy</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportálás…</translation>
    </message>
    <message>
        <source>Train on it</source>
        <translation>Tanítás ezen</translation>
    </message>
    <message>
        <source>Compare with MNIST</source>
        <extracomment>The model to compare with (MNIST&apos;s bundled one; set by the wiring when it is loaded).</extracomment>
        <translation>Összevetés az MNIST-tel</translation>
    </message>
    <message>
        <source>How well the model trained on MNIST reads the class&apos;s own handwriting</source>
        <translation>Mennyire jól olvassa az MNIST-en tanított modell az osztály saját kézírását</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Címke</translation>
    </message>
    <message>
        <source>Untick a drawing to reject it (a wrong label); tick it to keep it.</source>
        <translation>Vedd ki a pipát egy rajzból az elvetéshez (rossz címke); pipáld be a megtartáshoz.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>elvetve</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>megtartva</translation>
    </message>
    <message>
        <source>{kept} kept, {rejected} rejected</source>
        <translation>{kept} megtartva, {rejected} elvetve</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nem változott: {reason}</translation>
    </message>
    <message>
        <source>Export the class dataset to</source>
        <translation>Az osztály adathalmazának exportálása ide</translation>
    </message>
    <message>
        <source>No drawing to use yet.</source>
        <translation>Még nincs használható rajz.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Nem lett exportálva: {reason}</translation>
    </message>
    <message>
        <source>The MNIST model is still loading; try again in a moment.</source>
        <translation>Az MNIST-modell még töltődik; próbáld újra egy kicsit később.</translation>
    </message>
    <message>
        <source>Reading the drawings…</source>
        <translation>A rajzok beolvasása…</translation>
    </message>
    <message>
        <source>Not compared: {reason}</source>
        <translation>Nem történt összevetés: {reason}</translation>
    </message>
    <message>
        <source>The MNIST model reads {right} of the class&apos;s {total} drawings ({percent} %).</source>
        <translation>Az MNIST-modell az osztály {total} rajzából {right} rajzot olvas helyesen ({percent} %).</translation>
    </message>
    <message>
        <source>{count} drawings written to {path}</source>
        <translation>{count} rajz kiírva ide: {path}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Osztály</translation>
    </message>
    <message>
        <source>&amp;Start a class…</source>
        <translation>Ó&amp;ra indítása…</translation>
    </message>
    <message>
        <source>Class &amp;dashboard</source>
        <translation>Osztály &amp;irányítópultja</translation>
    </message>
    <message>
        <source>Class data&amp;set</source>
        <translation>Az osztály &amp;adathalmaza</translation>
    </message>
    <message>
        <source>&amp;Join a class…</source>
        <translation>&amp;Csatlakozás egy órához…</translation>
    </message>
    <message>
        <source>&amp;Hand in the project</source>
        <translation>A projekt &amp;beadása</translation>
    </message>
    <message>
        <source>&amp;Leave the class</source>
        <translation>&amp;Kilépés az órából</translation>
    </message>
    <message>
        <source>Send to the class dataset</source>
        <translation>Küldés az osztály adathalmazába</translation>
    </message>
    <message>
        <source>Hand this drawing in with the class chosen beside, for the class dataset</source>
        <translation>A rajz beadása a mellette választott osztállyal, az osztály adathalmazához</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Osztály irányítópultja</translation>
    </message>
    <message>
        <source>Join a class first (File → Class → Join).</source>
        <translation>Előbb csatlakozz egy órához (Fájl → Osztály → Csatlakozás).</translation>
    </message>
    <message>
        <source>Project handed in (sent now, or when the hub is back).</source>
        <translation>Projekt beadva (most elküldve, vagy amikor a központ újra elérhető).</translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation>Előbb rajzolj egy számjegyet.</translation>
    </message>
    <message>
        <source>The class dataset takes digits: choose a class from 0 to 9.</source>
        <translation>Az osztály adathalmaza számjegyeket fogad: válassz egy osztályt 0 és 9 között.</translation>
    </message>
    <message>
        <source>Drawing sent to the class dataset as a {label}.</source>
        <translation>A rajz elküldve az osztály adathalmazába, {label} címkével.</translation>
    </message>
</context>
<context>
    <name>ComputationGraphView</name>
    <message>
        <source>Expression</source>
        <translation>Kifejezés</translation>
    </message>
    <message>
        <source>Numbers, variables, + − * / **, parentheses and exp, log, sqrt, sigmoid, tanh, relu, abs, max, min. E.g. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))</source>
        <translation>Számok, változók, + − * / **, zárójelek és exp, log, sqrt, sigmoid, tanh, relu, abs, max, min. Pl. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))</translation>
    </message>
    <message>
        <source>h for central differences</source>
        <translation>h a központi differenciákhoz</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>változó</translation>
    </message>
    <message>
        <source>value</source>
        <translation>érték</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>numerikus</translation>
    </message>
    <message>
        <source>difference between backpropagation and central differences</source>
        <translation>eltérés a visszaterjesztés és a centrális differenciák között</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;green: forward value&lt;/span&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;red: gradient flowing back&lt;/span&gt;. Add distributes, mul swaps, max routes, a variable used twice adds.</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;zöld: előre haladó érték&lt;/span&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;piros: visszafelé áramló gradiens&lt;/span&gt;. Az összeadás szétoszt, a szorzás felcserél, a max továbbít, a kétszer használt változó összead.</translation>
    </message>
</context>
<context>
    <name>ConvSandbox</name>
    <message>
        <source>output height = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</source>
        <translation>kimeneti magasság = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</translation>
    </message>
    <message>
        <source>output width = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</source>
        <translation>kimeneti szélesség = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</translation>
    </message>
</context>
<context>
    <name>Convolution</name>
    <message>
        <source>Identity</source>
        <translation>Identitás</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Átlagoló elmosás</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Élesítés</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Élek</translation>
    </message>
    <message>
        <source>Strong edge</source>
        <translation>Erős élek</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Sobel x irányban</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Sobel y irányban</translation>
    </message>
    <message>
        <source>Vertical edge (1 0 −1)</source>
        <translation>Függőleges él (1 0 −1)</translation>
    </message>
    <message>
        <source>X filter</source>
        <translation>X alakú szűrő</translation>
    </message>
    <message>
        <source>Lecture 3×3 (2 2 2 / 1 0 1 / 2 2 2)</source>
        <translation>Az előadás 3×3-asa (2 2 2 / 1 0 1 / 2 2 2)</translation>
    </message>
    <message>
        <source>Diagonal 2×2 (2 0 / 0 2)</source>
        <translation>Átlós 2×2 (2 0 / 0 2)</translation>
    </message>
    <message>
        <source>5×5 ⊛ 3×3 (convolution by numbers)</source>
        <translation>5×5 ⊛ 3×3 (konvolúció számokkal)</translation>
    </message>
    <message>
        <source>The slide&apos;s result: 82 68 46 / 45 24 26 / 63 65 51.</source>
        <translation>A dia eredménye: 82 68 46 / 45 24 26 / 63 65 51.</translation>
    </message>
    <message>
        <source>6×6 image, padding 1, X filter, then max pooling</source>
        <translation>6×6-os kép, 1 széles keret, X alakú szűrő, majd max pooling</translation>
    </message>
    <message>
        <source>With one ring of zeros the 6×6 image keeps its size; 2×2 max pooling gives 3×3.</source>
        <translation>Egy nullákból álló kerettel a 6×6-os kép megtartja méretét; a 2×2-es max pooling 3×3-at ad.</translation>
    </message>
    <message>
        <source>Stride 2 with a vertical-edge filter</source>
        <translation>2-es lépésköz függőleges élszűrővel</translation>
    </message>
    <message>
        <source>Stride 2 skips every other position: ⌊(5 − 3)/2⌋ + 1 = 2 outputs a row.</source>
        <translation>A 2-es lépésköz minden második helyet kihagyja: ⌊(5 − 3)/2⌋ + 1 = 2 kimenet soronként.</translation>
    </message>
    <message>
        <source>Max pooling 4×4 → 2×2</source>
        <translation>Max pooling 4×4 → 2×2</translation>
    </message>
    <message>
        <source>The identity kernel passes the input through; pooling keeps each window&apos;s largest.</source>
        <translation>Az identitás-kernel átengedi a bemenetet; a pooling minden ablak legnagyobbját tartja meg.</translation>
    </message>
    <message>
        <source>Equivariance: 3×3 ⊛ 2×2 (shift it by 1)</source>
        <translation>Ekvivariancia: 3×3 ⊛ 2×2 (told el 1-gyel)</translation>
    </message>
    <message>
        <source>Shift the input one pixel right: the output moves with it, the pooled 80 stays.</source>
        <translation>Told el a bemenetet egy képponttal jobbra: a kimenet vele mozdul, a pooling utáni 80 marad.</translation>
    </message>
    <message>
        <source>an image has rows and columns; this has shape {shape}</source>
        <translation>egy képnek sorai és oszlopai vannak; ennek alakja {shape}</translation>
    </message>
    <message>
        <source>The convolution output moved with the input ({n} column): equivariance.</source>
        <translation>A konvolúció kimenete a bemenettel együtt mozdult ({n} oszlop): ekvivariancia.</translation>
    </message>
    <message>
        <source>The convolution output moved with the input ({n} columns): equivariance.</source>
        <translation>A konvolúció kimenete a bemenettel együtt mozdult ({n} oszlop): ekvivariancia.</translation>
    </message>
    <message>
        <source>The convolution output did not simply move: the shift is not a multiple of the stride, or values crossed the border.</source>
        <translation>A konvolúció kimenete nem egyszerűen elmozdult: az eltolás nem a lépésköz többszöröse, vagy értékek átlépték a szélt.</translation>
    </message>
    <message>
        <source>After pooling, 0 of {cells} values changed: invariance.</source>
        <translation>A pooling után {cells} értékből 0 változott: invariancia.</translation>
    </message>
    <message>
        <source>After pooling, {changed} of {cells} values changed.</source>
        <translation>A pooling után {cells} értékből {changed} változott.</translation>
    </message>
</context>
<context>
    <name>ConvolutionSandbox</name>
    <message>
        <source>Convolution sandbox</source>
        <translation>Konvolúciós homokozó</translation>
    </message>
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
        <source>Input numbers</source>
        <translation>Bemeneti számok</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>A kernel súlyai</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>A konvolúció kimenete</translation>
    </message>
    <message>
        <source>Pooled output</source>
        <translation>Pooling utáni kimenet</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Bemenet</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Kimenet</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Pooling után</translation>
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
        <source>kernel {n}</source>
        <translation>{n}. kernel</translation>
    </message>
    <message>
        <source>Max pooled</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Average pooled</source>
        <translation>Átlagoló pooling</translation>
    </message>
    <message>
        <source>Output ({rows}×{cols})</source>
        <translation>Kimenet ({rows}×{cols})</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Szünet</translation>
    </message>
    <message>
        <source>{n} cell(s)/s</source>
        <translation>{n} cella/mp</translation>
    </message>
    <message>
        <source>Press Step (→) or Play to slide the kernel over the input.</source>
        <translation>Nyomja meg a Lépés (→) vagy a Lejátszás gombot, hogy a kernel végigcsússzon a bemeneten.</translation>
    </message>
    <message>
        <source>0 of {n} cells</source>
        <translation>{n} cellából 0</translation>
    </message>
    <message>
        <source>output row {i}, column {j}</source>
        <translation>kimenet: {i}. sor, {j}. oszlop</translation>
    </message>
    <message>
        <source>pooled row {i}, column {j}</source>
        <translation>pooling: {i}. sor, {j}. oszlop</translation>
    </message>
    <message>
        <source>{n} of {total} cells</source>
        <translation>{total} cellából {n}</translation>
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
    <message>
        <source>&lt;b&gt;With padding {rings}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kitöltéssel: {rings}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A corner pixel is inside {corner} window(s) without padding and {padded} with it; the middle pixel ({row}, {col}) is inside {middle}. Padding lets the border be seen as often as the middle.</source>
        <translation>Egy sarokpixel {corner} ablakban van kitöltés nélkül és {padded} ablakban kitöltéssel; a középső pixel ({row}, {col}) {middle} ablakban. A kitöltéssel a szélt is olyan gyakran látja, mint a közepét.</translation>
    </message>
</context>
<context>
    <name>CurveFitView</name>
    <message>
        <source>The fitted curve is for networks with one input, on 1-D regression data such as the Noisy sine. This network takes {shape}; try the Sine fit preset (File → New from template).</source>
        <translation>Az illesztett görbe egy bemenetű hálózatokhoz való, 1-D regressziós adatokon, például a Zajos szinuszon. Ez a hálózat {shape} bemenetet vár; próbálja ki a Szinusz illesztése sablont (Fájl → Új sablonból).</translation>
    </message>
    <message>
        <source>Choose 1-D regression data: the Noisy sine.</source>
        <translation>Válasszon 1-D regressziós adatot: a Zajos szinuszt.</translation>
    </message>
    <message>
        <source>The network has {count} outputs; the curve needs one.</source>
        <translation>A hálózatnak {count} kimenete van; a görbéhez egy kell.</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Adathalmaz</translation>
    </message>
    <message>
        <source>(no dataset)</source>
        <translation>(nincs adathalmaz)</translation>
    </message>
    <message>
        <source>{title} (not installed)</source>
        <translation>{title} (nincs telepítve)</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>Saját adatok…</translation>
    </message>
    <message>
        <source>An image folder (one subfolder per class), a CSV table, IDX files or an .npz</source>
        <translation>Képmappa (osztályonként egy almappa), CSV-táblázat, IDX-fájlok vagy egy .npz</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>az adathalmaz</translation>
    </message>
    <message>
        <source>Fit the output layer</source>
        <translation>Kimeneti réteg igazítása</translation>
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
    <message>
        <source>MNIST read row by row</source>
        <translation>MNIST soronként olvasva</translation>
    </message>
    <message>
        <source>Sine wave to continue</source>
        <translation>Folytatandó szinuszhullám</translation>
    </message>
    <message>
        <source>Counting 1s (memory)</source>
        <translation>Egyesek számlálása (memória)</translation>
    </message>
    <message>
        <source>Parity of bits (memory)</source>
        <translation>Bitek paritása (memória)</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; — each one&apos;s own output over the same plane (orange high, blue low). The output layer combines these pictures.</source>
        <extracomment>A redraw quicker than this asks for the next snapshot before it draws (it is taken while this one is drawn: 30 and more pictures a second); a slower one (a busy machine) waits as long as it took before asking, so the pictures never take more than about half of the window&apos;s time and the training thread, the rest of the window and a background XLA compile keep up.</extracomment>
        <translation>&lt;b&gt;Rejtett egységek&lt;/b&gt; — mindegyik saját kimenete ugyanazon a síkon (narancs magas, kék alacsony). A kimeneti réteg ezeket a képeket kombinálja.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; (orange high, blue low):</source>
        <translation>&lt;b&gt;Rejtett egységek&lt;/b&gt; (narancs magas, kék alacsony):</translation>
    </message>
    <message>
        <source>The decision boundary is drawn for networks with 2 inputs (points in a plane), such as the XOR, circles, spirals or logic-gate datasets. This network takes {shape}.</source>
        <translation>A döntési határ 2 bemenetű hálózatokhoz készül (síkbeli pontok), például az XOR, körök, spirálok vagy logikai kapuk adathalmazaihoz. Ez a hálózat ezt kapja: {shape}.</translation>
    </message>
    <message>
        <source>Choose a 2-D dataset (xor, circles, spirals, moons, gaussians or a logic gate) to see the decision boundary.</source>
        <translation>Válassz kétdimenziós adathalmazt (xor, körök, spirálok, holdak, Gauss-eloszlások vagy egy logikai kapu) a döntési határ megtekintéséhez.</translation>
    </message>
    <message>
        <source>Colour: the network&apos;s output value over the plane.</source>
        <translation>Szín: a hálózat kimeneti értéke a síkon.</translation>
    </message>
    <message>
        <source>Predicted class over the plane; training accuracy when paused or done.</source>
        <translation>A síkon jósolt osztály; tanítási pontosság szünetnél vagy a végén.</translation>
    </message>
    <message>
        <source>Colour: the class the network predicts at each point (paler = less sure). Dots are coloured by their true class: white edge = training example, dark edge = test example. The training accuracy shows when training pauses or ends.</source>
        <translation>Szín: az osztály, amelyet a hálózat az adott pontban jósol (halványabb = kevésbé biztos). A pöttyök valódi osztályuk színét viselik: fehér szegély = tanítópélda, sötét szegély = tesztpélda. A tanítási pontosság a tanítás szüneténél vagy végén látszik.</translation>
    </message>
    <message>
        <source>Predicted class over the plane; training accuracy {percent} %.</source>
        <translation>Jósolt osztály a síkon; tanítási pontosság {percent} %.</translation>
    </message>
    <message>
        <source>Colour: the class the network predicts at each point (paler = less sure). Dots are coloured by their true class: white edge = training example, dark edge = test example. Training accuracy {percent} %.</source>
        <translation>Szín: az osztály, amelyet a hálózat az adott pontban jósol (halványabb = kevésbé biztos). A pöttyök a valódi osztályuk színét kapják: fehér szegély = tanítópélda, sötét szegély = tesztpélda. Tanítási pontosság {percent} %.</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}: output from {low} to {high}</source>
        <translation>{layer}, {unit}. egység: kimenet {low} és {high} között</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nem mentett változások</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Menti a(z) „{name}” változásait?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ha nem mented, a változások elvesznek.</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;Network files (*.json);;Keras models (*.keras);;All files (*)</source>
        <translation>LayerLab-projektek (*.layerlab);;Hálózatfájlok (*.json);;Keras-modellek (*.keras);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Hálózat megnyitása</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Kép megnyitása</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Képek (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>Súlyok betöltése</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Keras-súlyok (*.weights.h5)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation>CSV-táblázatok (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy-tömbök (*.npz)</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>Saját adatok</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Minden fájl (*)</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;Network files (*.json);;All files (*)</source>
        <translation>LayerLab-projektek (*.layerlab);;Hálózatfájlok (*.json);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>Hálózat mentése</translation>
    </message>
    <message>
        <source>Figure size</source>
        <translation>Ábra mérete</translation>
    </message>
    <message>
        <source>Times the size on screen (2 suits slides):</source>
        <translation>Hányszorosa a képernyőn látható méretnek (diákhoz 2 jó):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportálás</translation>
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
        <source>Add this drawing (as the 28×28 image below) to an image-folder dataset: one subfolder per class. Collect your own handwriting and train on it.</source>
        <translation>A rajz hozzáadása (az alábbi 28×28-as képként) egy képmappás adathalmazhoz: osztályonként egy almappa. Gyűjtsd össze a saját kézírásodat, és taníts rajta.</translation>
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
        <source>The probabilities show once you have answered the lesson&apos;s question.</source>
        <translation>A valószínűségek akkor jelennek meg, ha válaszoltál a lecke kérdésére.</translation>
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
    <message>
        <source>No model can answer: {reason}.</source>
        <translation>Egyik modell sem tud válaszolni: {reason}.</translation>
    </message>
    <message>
        <source>Answering: &lt;b&gt;your network&lt;/b&gt; ({source}).</source>
        <translation>Válaszol: &lt;b&gt;a te hálózatod&lt;/b&gt; ({source}).</translation>
    </message>
    <message>
        <source>Answering: &lt;b&gt;{name}&lt;/b&gt;. {reason}.</source>
        <translation>Válaszol: &lt;b&gt;{name}&lt;/b&gt;. {reason}.</translation>
    </message>
    <message>
        <source>drawing → answer in {ms} ms</source>
        <translation>rajz → válasz {ms} ms alatt</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>a rajzod</translation>
    </message>
    <message>
        <source>pixel row {row}, column {column}: {value}</source>
        <translation>képpont: {row}. sor, {column}. oszlop: {value}</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nincs mit menteni</translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation>Előbb rajzolj egy számjegyet.</translation>
    </message>
    <message>
        <source>Folder of your own dataset (one subfolder per class)</source>
        <translation>A saját adathalmazod mappája (osztályonként egy almappa)</translation>
    </message>
    <message>
        <source>Could not save the drawing</source>
        <translation>A rajzot nem sikerült menteni</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Mentve: {path}.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger (Ctrl+Z: undo a stroke)</source>
        <translation>Rajzolj számjegyet egérrel, tollal vagy ujjal (Ctrl+Z: vonás visszavonása)</translation>
    </message>
    <message>
        <source>draw a digit here</source>
        <translation>ide rajzolj egy számjegyet</translation>
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
        <source>layer</source>
        <translation>réteg</translation>
    </message>
    <message>
        <source>test examples</source>
        <translation>tesztpélda</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Megtartott</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Most</translation>
    </message>
    <message>
        <source>Hover over a point to see its image; click to open it.</source>
        <translation>Vigye az egeret egy pont fölé a képéhez; kattintson a megnyitásához.</translation>
    </message>
    <message>
        <source>Choose a classification dataset that fits the network (e.g. MNIST with LeNet-5).</source>
        <translation>Válasszon a hálózathoz illő osztályozási adathalmazt (pl. MNIST a LeNet-5-tel).</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Experiment board</source>
        <translation>Kísérleti tábla</translation>
    </message>
    <message>
        <source>(as the network)</source>
        <translation>(mint a hálózat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare up to four runs&lt;/b&gt; from the same initial weights and seed: change one setting per run and see what it does.</source>
        <translation>&lt;b&gt;Legfeljebb négy futás összevetése&lt;/b&gt; ugyanazokból a kezdeti súlyokból és magból: futásonként egy beállítást változtass, és nézd meg, mit okoz.</translation>
    </message>
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
        <source>Validation loss (solid: training)</source>
        <translation>Validálási veszteség (folytonos: tanítás)</translation>
    </message>
    <message>
        <source>Validation accuracy (solid: training)</source>
        <translation>Validálási pontosság (folytonos: tanítás)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>futás</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimalizáló</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tanulási ráta</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>kötegméret</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>aktiváció</translation>
    </message>
    <message>
        <source>initialiser</source>
        <translation>inicializálás</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>best val. acc.</source>
        <translation>legjobb val. pont.</translation>
    </message>
    <message>
        <source>test acc.</source>
        <translation>teszt pont.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>idő</translation>
    </message>
    <message>
        <source>as set</source>
        <translation>ahogy beállítva</translation>
    </message>
    <message>
        <source>learning rate × 10</source>
        <translation>tanulási ráta × 10</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>The board compares up to {n} runs.</source>
        <translation>A tábla legfeljebb {n} futást vet össze.</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>{n}. futás</translation>
    </message>
    <message>
        <source>{what} is running: stop it or let it finish, then start the board.</source>
        <translation>{what} fut: állítsd le vagy várd meg a végét, aztán indítsd a táblát.</translation>
    </message>
    <message>
        <source>No data to train on: {reason}</source>
        <translation>Nincs adat a tanításhoz: {reason}</translation>
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
        <source>The experiment board</source>
        <translation>A kísérleti tábla</translation>
    </message>
    <message>
        <source>Training run {n}: epoch {epoch}</source>
        <translation>{n}. futás tanítása: {epoch}. epoch</translation>
    </message>
    <message>
        <source>Runs done: {n}.</source>
        <translation>Befejezett futások: {n}.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} mp</translation>
    </message>
    <message>
        <source>Train the runs first.</source>
        <translation>Előbb tanítsa be a futásokat.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Nem írható: {path}: {reason}</translation>
    </message>
    <message>
        <source>Results written to {name}</source>
        <translation>Eredmények kiírva ide: {name}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Cannot export</source>
        <translation>Nem exportálható</translation>
    </message>
    <message>
        <source>Fix the problems in the network first.</source>
        <translation>Előbb javítsd a hálózat problémáit.</translation>
    </message>
    <message>
        <source>Export an untrained model?</source>
        <translation>Exportálod a tanítatlan modellt?</translation>
    </message>
    <message>
        <source>This network has not been trained: the file will hold its random initial weights. Export anyway?</source>
        <translation>Ezt a hálózatot még nem tanítottad: a fájlba a véletlen kezdeti súlyai kerülnek. Mégis exportálod?</translation>
    </message>
    <message>
        <source>Keras model (*.keras)</source>
        <translation>Keras-modell (*.keras)</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Saved the model ({source}) as {name}</source>
        <translation>A modell ({source}) mentve: {name}</translation>
    </message>
    <message>
        <source>Cannot load weights</source>
        <translation>A súlyok nem tölthetők be</translation>
    </message>
    <message>
        <source>Loaded the weights of {name}</source>
        <translation>Betöltve a(z) {name} súlyai</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Keras-súlyok (*.weights.h5)</translation>
    </message>
    <message>
        <source>Saved the weights ({source}) as {name}</source>
        <translation>A súlyok ({source}) mentve: {name}</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Előbb válassz adathalmazt az eszköztáron.</translation>
    </message>
    <message>
        <source>Cannot export the script</source>
        <translation>A szkript nem exportálható</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python-szkript (*.py)</translation>
    </message>
    <message>
        <source>Wrote {name}: run it with python {name}</source>
        <translation>Kiírva: {name}; futtasd így: python {name}</translation>
    </message>
    <message>
        <source>Fix the problems listed below first.</source>
        <translation>Előbb javítsd az alább felsorolt problémákat.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Szöveg (*.txt)</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Exportálva: {name}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-kép (*.png)</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}: nem sikerült kiírni</translation>
    </message>
    <message>
        <source>Point at a plot, a picture or the network, then press Ctrl+Alt+S</source>
        <translation>Mutass egy grafikonra, képre vagy a hálózatra, majd nyomd meg: Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Point at a plot, a picture or the network, then press Ctrl+Shift+C</source>
        <translation>Mutass egy grafikonra, képre vagy a hálózatra, majd nyomd meg: Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Figure copied: paste it into your slides</source>
        <translation>Ábra másolva: illeszd be a diáidba</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-kép (*.png);;SVG-rajz (*.svg)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nincs mit exportálni</translation>
    </message>
    <message>
        <source>Train the network first.</source>
        <translation>Előbb tanítsd a hálózatot.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
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
        <source>The loss of this one example: training lowers its average over the training set</source>
        <translation>Ennek az egy példának a vesztesége: a tanítás ennek az átlagát csökkenti a tanítóhalmazon</translation>
    </message>
    <message>
        <source>Click a unit of a map to see which input pixels it sees.</source>
        <translation>Kattintson egy térkép egységére, hogy lássa, mely bemeneti pixeleket látja.</translation>
    </message>
    <message>
        <source>The network takes {network} but {dataset} examples are {data}: choose a matching dataset or fix the input layer.</source>
        <translation>A hálózat {network} bemenetet vár, de a(z) {dataset} példái {data} méretűek: válasszon illő adathalmazt, vagy javítsa a bemeneti réteget.</translation>
    </message>
    <message>
        <source>There are no test examples of this class.</source>
        <translation>Ebből az osztályból nincs tesztpélda.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <extracomment>The recovery file&apos;s note (when it was written, for which file) is a few hundred bytes.</extracomment>
        <translation>Névtelen</translation>
    </message>
    <message>
        <source>Training settings not used</source>
        <translation>A tanítási beállítások nincsenek használatban</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Nem nyitható meg</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Megnyitva: {name}</translation>
    </message>
    <message>
        <source>Cannot open yet</source>
        <translation>Még nem nyitható meg</translation>
    </message>
    <message>
        <source>TensorFlow is still loading; try again in a few seconds.</source>
        <translation>A TensorFlow még töltődik; próbáld újra néhány másodperc múlva.</translation>
    </message>
    <message>
        <source>Cannot open this model</source>
        <translation>Ez a modell nem nyitható meg</translation>
    </message>
    <message>
        <source>Opened {name} with its weights; save it as a project to keep edits</source>
        <translation>Megnyitva: {name} a súlyaival; mentsd projektként, hogy a módosítások megmaradjanak</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Nem menthető</translation>
    </message>
    <message>
        <source>{path}: {reason}. Nothing was lost; choose another place.</source>
        <translation>{path}: {reason}. Semmi sem veszett el; válassz másik helyet.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Mentve: {name}</translation>
    </message>
    <message>
        <source>The recovery file could not be read ({reason}); kept as {name}</source>
        <translation>A helyreállítási fájl nem olvasható ({reason}); megőrizve ezen a néven: {name}</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Visszaállítod a nem mentett munkát?</translation>
    </message>
    <message>
        <source>LayerLab did not close normally. Recover the project you were working on ({when})?</source>
        <translation>A LayerLab nem rendben zárult be. Visszaállítod a projektet, amelyen dolgoztál ({when})?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Nem állítható vissza</translation>
    </message>
    <message>
        <source>{reason}
The recovery file was kept as {name} in {folder}.</source>
        <translation>{reason}
A helyreállítási fájl megmaradt {name} néven itt: {folder}.</translation>
    </message>
    <message>
        <source>Recovered unsaved work</source>
        <translation>A nem mentett munka visszaállítva</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>one scale for all</source>
        <translation>egy skála mindegyiknek</translation>
    </message>
    <message>
        <source>each filter its own scale</source>
        <translation>minden szűrőnek saját skála</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Réteg:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Színek:</translation>
    </message>
    <message>
        <source>This network has no weights to show as pictures: the filter viewer shows Conv2D kernels, and Dense layers fed by a flattened image.</source>
        <translation>Ennek a hálózatnak nincsenek képként mutatható súlyai: a szűrőnézet Conv2D kerneleket és kilapított képet kapó Dense rétegeket mutat.</translation>
    </message>
    <message>
        <source>{count} filters × {inputs} input channels (one column per filter, one row per channel), {height}×{width} each</source>
        <translation>{count} szűrő × {inputs} bemeneti csatorna (szűrőnként egy oszlop, csatornánként egy sor), mindegyik {height}×{width}</translation>
    </message>
    <message>
        <source>{count} filters</source>
        <translation>{count} szűrő</translation>
    </message>
    <message>
        <source>{count} units, each unit&apos;s weights laid out like the input image</source>
        <translation>{count} egység, mindegyik súlyai a bemeneti kép szerint elrendezve</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: {what}. Hover for values.</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt;: {what}. Az értékekért vigye fölé az egeret.</translation>
    </message>
    <message>
        <source>each filter&apos;s own largest weight</source>
        <translation>minden szűrő saját legnagyobb súlya</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2166ac&apos;&gt;■ negative&lt;/span&gt; · white 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;■ positive&lt;/span&gt; (full colour at {scale})</source>
        <translation>&lt;span style=&apos;color:#2166ac&apos;&gt;■ negatív&lt;/span&gt; · fehér 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;■ pozitív&lt;/span&gt; (teljes szín: {scale})</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Gradient size per layer (now)</source>
        <translation>Gradiens mérete rétegenként (most)</translation>
    </message>
    <message>
        <source>mean |∂L/∂w|</source>
        <translation>|∂L/∂w| átlaga</translation>
    </message>
    <message>
        <source>… over training (first layer light, output dark)</source>
        <translation>… a tanítás során (első réteg világos, kimenet sötét)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Histograms over epochs of layer</source>
        <translation>Hisztogramok epochonként, réteg:</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Súlyok</translation>
    </message>
    <message>
        <source>value</source>
        <translation>érték</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradiensek ∂L/∂w</translation>
    </message>
    <message>
        <source>Train a network with this tab open: each layer&apos;s gradient size is measured four times a second. Try the presets &lt;i&gt;deep-sigmoid&lt;/i&gt; and &lt;i&gt;deep-relu&lt;/i&gt; (File → New from template) on the spirals: the sigmoid stack&apos;s first layers get almost no gradient.</source>
        <translation>Taníts egy hálózatot, miközben ez a lap nyitva van: minden réteg gradiensének méretét másodpercenként négyszer mérjük. Próbáld ki a &lt;i&gt;deep-sigmoid&lt;/i&gt; és a &lt;i&gt;deep-relu&lt;/i&gt; sablont (Fájl → Új sablonból) a spirálokon: a szigmoid verem első rétegei szinte semmi gradienst nem kapnak.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean |∂L/∂w| per layer&lt;/b&gt;, first layer → output, averaged over the last {recent} readings of {examples} training examples (log scale). The output layer&apos;s gradients are &lt;b&gt;{ratio}×&lt;/b&gt; the first layer&apos;s.</source>
        <translation>&lt;b&gt;Átlagos |∂L/∂w| rétegenként&lt;/b&gt;, első réteg → kimenet, az utolsó {recent} mérés átlaga {examples} tanítópéldán (log skála). A kimeneti réteg gradiensei az első rétegéinek &lt;b&gt;{ratio}×&lt;/b&gt;-esei.</translation>
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
        <source>Sequences</source>
        <translation>Sorozatok</translation>
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
    <name>JoinDialog</name>
    <message>
        <source>Join a class</source>
        <translation>Csatlakozás egy órához</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Keresés újra</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:8765</source>
        <translation>pl. 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Csatlakozás</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Osztálykód</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>A neved</translation>
    </message>
    <message>
        <source>Classes on this network</source>
        <translation>Órák ezen a hálózaton</translation>
    </message>
    <message>
        <source>Looking for classes…</source>
        <translation>Órák keresése…</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) found.</source>
        <translation>
            <numerusform>%n óra található.</numerusform>
        </translation>
    </message>
    <message>
        <source>No class found: type the address the teacher shows.</source>
        <translation>Nem található óra: írd be a tanár által mutatott címet.</translation>
    </message>
    <message>
        <source>Cannot look for classes ({reason}): type the address.</source>
        <translation>Nem lehet órákat keresni ({reason}): írd be a címet.</translation>
    </message>
    <message>
        <source>The address is HOST:PORT, e.g. 192.168.1.20:8765.</source>
        <translation>A cím GÉP:PORT alakú, pl. 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the class code and your name.</source>
        <translation>Írd be az osztálykódot és a neved.</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>This network is too big to set every weight by hand, but its convolution kernels can be typed: choose one, type numbers or put in a preset, and see what it finds.</source>
        <translation>Ez a hálózat túl nagy ahhoz, hogy minden súlyt kézzel állíts be, de a konvolúciós kernelei beírhatók: válassz egyet, írj be számokat vagy tölts be egy előre megadott kernelt, és nézd meg, mit talál.</translation>
    </message>
    <message>
        <source>kernel </source>
        <translation>kernel </translation>
    </message>
    <message>
        <source>input channel </source>
        <translation>bemeneti csatorna </translation>
    </message>
    <message>
        <source>(put a preset in)</source>
        <translation>(előre megadott kernel betöltése)</translation>
    </message>
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
    <name>LessonList</name>
    <message>
        <source>Lesson</source>
        <translation>Lecke</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>your name (for the teacher)</source>
        <translation>a neved (a tanárnak)</translation>
    </message>
    <message>
        <source>Open lessons…</source>
        <translation>Leckék megnyitása…</translation>
    </message>
    <message>
        <source>A teacher&apos;s own lesson files: choose their folder</source>
        <translation>Egy tanár saját leckefájljai: válaszd ki a mappájukat</translation>
    </message>
    <message>
        <source>Export progress…</source>
        <translation>Haladás exportálása…</translation>
    </message>
    <message>
        <source>A small file with the steps you passed, for your teacher</source>
        <translation>Egy kis fájl a teljesített lépésekkel, a tanárodnak</translation>
    </message>
    <message>
        <source>Progress could not be saved: {reason}</source>
        <translation>A haladást nem sikerült menteni: {reason}</translation>
    </message>
    <message>
        <source>Open a folder of lessons</source>
        <translation>Leckemappa megnyitása</translation>
    </message>
    <message>
        <source>{source}: id &apos;{id}&apos; is already a shipped lesson</source>
        <translation>{source}: a(z) „{id}” azonosító már egy beépített lecke</translation>
    </message>
    <message>
        <source>{n} lesson(s) added from {folder}</source>
        <translation>{folder} mappából hozzáadott leckék: {n}</translation>
    </message>
    <message>
        <source>; {n} could not be used (marked ⚠)</source>
        <translation>; {n} nem használható (⚠ jellel)</translation>
    </message>
    <message>
        <source>Progress (*.json)</source>
        <translation>Haladás (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Nem sikerült írni: {path}: {reason}</translation>
    </message>
    <message>
        <source>Progress written to {path}</source>
        <translation>Haladás kiírva ide: {path}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>**Your task:** {task}</source>
        <translation>**A feladatod:** {task}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(válassz)</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Következő lecke ▶</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Kész ✓</translation>
    </message>
    <message>
        <source>Predict, then run ▶</source>
        <translation>Tippelj, aztán futtasd ▶</translation>
    </message>
    <message>
        <source>the check could not be made: {error}</source>
        <translation>az ellenőrzést nem sikerült elvégezni: {error}</translation>
    </message>
    <message>
        <source> — look at {where}</source>
        <translation> — nézd meg: {where}</translation>
    </message>
    <message>
        <source>make your prediction first</source>
        <translation>előbb tippelj</translation>
    </message>
    <message>
        <source>You predicted {value}. Training… the result comes here.</source>
        <translation>A tipped: {value}. Tanítás… az eredmény ide kerül.</translation>
    </message>
    <message>
        <source>the run did not start (is another one running?); press the button again</source>
        <translation>a tanítás nem indult el (fut egy másik?); nyomd meg újra a gombot</translation>
    </message>
    <message>
        <source>Lesson finished: {done} of {total} steps passed.</source>
        <translation>A lecke véget ért: {total} lépésből {done} sikerült.</translation>
    </message>
    <message>
        <source>Next lesson: {title} (Next lesson ▶).</source>
        <translation>Következő lecke: {title} (Következő lecke ▶).</translation>
    </message>
    <message>
        <source>Make your prediction, then press Predict, then run.</source>
        <translation>Tippelj, majd nyomd meg a „Tippelj, aztán futtasd” gombot.</translation>
    </message>
    <message>
        <source>Training with the solution&apos;s settings… press Check when it ends.</source>
        <translation>Tanítás a megoldás beállításaival… a végén nyomd meg az Ellenőrzés gombot.</translation>
    </message>
    <message>
        <source>This is one solution. Press Check.</source>
        <translation>Ez egy lehetséges megoldás. Nyomd meg az Ellenőrzés gombot.</translation>
    </message>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Válasszon leckét fent (dupla kattintás vagy Enter).</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>{n}. lépés / {total}</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ sikerült</translation>
    </message>
    <message>
        <source>Progress could not be saved: {reason}</source>
        <translation>A haladást nem sikerült menteni: {reason}</translation>
    </message>
    <message>
        <source>Check ✓</source>
        <translation>Ellenőrzés ✓</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tovább ▶</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one number; type digits with {point} or . as the decimal separator, e.g. -1{point}5</source>
        <translation>A(z) „{text}” nem egyetlen szám; számjegyeket írj, tizedesjelként {point} vagy . legyen, pl. -1{point}5</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>{answer} is not it: {hint}</source>
        <extracomment>Run metrics a prediction can be set against (those of the ``run`` check).</extracomment>
        <translation>{answer} nem jó: {hint}</translation>
    </message>
    <message>
        <source>{answer} is not it: {off} too high.</source>
        <translation>{answer} nem jó: {off} értékkel túl nagy.</translation>
    </message>
    <message>
        <source>{answer} is not it: {off} too low.</source>
        <translation>{answer} nem jó: {off} értékkel túl kicsi.</translation>
    </message>
    <message>
        <source>Look again at {what}.</source>
        <translation>Nézd meg újra: {what}.</translation>
    </message>
    <message>
        <source>Look again at the numbers.</source>
        <translation>Nézd meg újra a számokat.</translation>
    </message>
    <message>
        <source>answer the question first</source>
        <translation>előbb válaszolj a kérdésre</translation>
    </message>
    <message>
        <source>✓ {answer} is right</source>
        <translation>✓ {answer} helyes</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not it: {hint}</source>
        <translation>„{answer}” nem jó: {hint}</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not it; think again</source>
        <translation>„{answer}” nem jó; gondold át újra</translation>
    </message>
    <message>
        <source>make your prediction first</source>
        <translation>előbb tippelj</translation>
    </message>
    <message>
        <source>choose one of the answers</source>
        <translation>válassz egyet a válaszok közül</translation>
    </message>
    <message>
        <source>Run first: your prediction is noted.</source>
        <translation>Előbb futtasd: a tippedet feljegyeztük.</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;: that is what happened</source>
        <translation>Ezt tippelted: „{answer}”, és így is történt</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;; what happened: &apos;{result}&apos;</source>
        <translation>Ezt tippelted: „{answer}”; ez történt: „{result}”</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;; compare it with the run</source>
        <translation>Ezt tippelted: „{answer}”; vesd össze a futással</translation>
    </message>
    <message>
        <source>({measure}: {value})</source>
        <translation>({measure}: {value})</translation>
    </message>
    <message>
        <source>the run has no {measure}</source>
        <translation>a futásnak nincs ilyen értéke: {measure}</translation>
    </message>
    <message>
        <source>You predicted {answer}; the run gave {value}: close</source>
        <translation>A tipped {answer} volt; a futás eredménye {value}: közel van</translation>
    </message>
    <message>
        <source>You predicted {answer}; the run gave {value} (off by {off})</source>
        <translation>A tipped {answer} volt; a futás eredménye {value} (eltérés: {off})</translation>
    </message>
    <message>
        <source>{what} is {value}; it should be {want}</source>
        <extracomment>Checks one ``all`` may combine: a step asks for a handful of things, never dozens. Kinds that read the student&apos;s answer box; one step has one box.</extracomment>
        <translation>{what} értéke {value}; {want} kellene</translation>
    </message>
    <message>
        <source>{what} is {value}; it should reach {want}</source>
        <translation>{what} értéke {value}; el kellene érnie ezt: {want}</translation>
    </message>
    <message>
        <source>{what} is {value}; it should be at most {want}</source>
        <translation>{what} értéke {value}; legfeljebb {want} lehetne</translation>
    </message>
    <message>
        <source>✓ {what} is {value}</source>
        <translation>✓ {what} értéke {value}</translation>
    </message>
    <message>
        <source>the network has a problem: {problem}</source>
        <translation>a hálózatnak problémája van: {problem}</translation>
    </message>
    <message>
        <source>✓ the network checks out</source>
        <translation>✓ a hálózat rendben van</translation>
    </message>
    <message>
        <source>{layer}&apos;s parameter count</source>
        <translation>{layer} paramétereinek száma</translation>
    </message>
    <message>
        <source>the parameter count</source>
        <translation>a paraméterek száma</translation>
    </message>
    <message>
        <source>✓ {layer} gives {shape}</source>
        <translation>✓ {layer} kimenete {shape}</translation>
    </message>
    <message>
        <source>unknown (fix the problems first)</source>
        <translation>ismeretlen (előbb javítsd a problémákat)</translation>
    </message>
    <message>
        <source>{layer} gives {got}; it should give {want}</source>
        <translation>{layer} kimenete {got}; ennek kellene lennie: {want}</translation>
    </message>
    <message>
        <source>there is no valid layer &apos;{layer}&apos;</source>
        <translation>nincs érvényes „{layer}” réteg</translation>
    </message>
    <message>
        <source>✓ {layer}.{param} is {value}</source>
        <translation>✓ {layer}.{param} értéke {value}</translation>
    </message>
    <message>
        <source>{layer}.{param} is {value}; it should be {want}</source>
        <translation>{layer}.{param} értéke {value}; {want} kellene</translation>
    </message>
    <message>
        <source>the network has {have} {kind} layer(s){place}; it needs at least {need}</source>
        <translation>a hálózatban {have} {kind} réteg van{place}; legalább {need} kell</translation>
    </message>
    <message>
        <source>✓ {have} {kind} layer(s){place}</source>
        <translation>✓ {have} {kind} réteg{place}</translation>
    </message>
    <message>
        <source>early stopping is off; turn it on</source>
        <translation>a korai leállítás ki van kapcsolva; kapcsold be</translation>
    </message>
    <message>
        <source>there is no training setting &apos;{name}&apos;</source>
        <translation>nincs „{name}” tanítási beállítás</translation>
    </message>
    <message>
        <source>{name} is {value}; it should be {want}</source>
        <translation>{name} értéke {value}; {want} kellene</translation>
    </message>
    <message>
        <source>✓ {name} is {value}</source>
        <translation>✓ {name} értéke {value}</translation>
    </message>
    <message>
        <source>{right} of {total} rows right; wrong for {wrong}</source>
        <translation>{total} sorból {right} helyes; hibás: {wrong}</translation>
    </message>
    <message>
        <source>✓ all {total} rows right</source>
        <translation>✓ mind a(z) {total} sor helyes</translation>
    </message>
    <message>
        <source>the dataset has no examples to check against</source>
        <translation>az adathalmazban nincs példa az ellenőrzéshez</translation>
    </message>
    <message>
        <source>the accuracy</source>
        <translation>a pontosság</translation>
    </message>
    <message>
        <source>train first: there is no run yet</source>
        <translation>előbb taníts: még nincs futás</translation>
    </message>
    <message>
        <source>the run ended with &apos;{got}&apos;, not &apos;{want}&apos;</source>
        <translation>a futás így ért véget: „{got}”, nem így: „{want}”</translation>
    </message>
    <message>
        <source>✓ the run ended with &apos;{reason}&apos;</source>
        <translation>✓ a futás így ért véget: „{reason}”</translation>
    </message>
    <message>
        <source>the run has no {metric}</source>
        <translation>a futásnak nincs ilyen mérőszáma: {metric}</translation>
    </message>
    <message>
        <source>after {layer}</source>
        <translation>{layer} után</translation>
    </message>
    <message>
        <source>before {layer}</source>
        <translation>{layer} előtt</translation>
    </message>
    <message>
        <source>there is no layer &apos;{layer}&apos;</source>
        <translation>nincs „{layer}” réteg</translation>
    </message>
    <message>
        <source>there is no {what} layer{place}</source>
        <translation>nincs {what} réteg{place}</translation>
    </message>
    <message>
        <source>Weights by hand</source>
        <extracomment>The panels a verdict can name (``Place.panel``).</extracomment>
        <translation>Súlyok kézzel</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tanítás</translation>
    </message>
    <message>
        <source>Training → Start</source>
        <translation>Tanítás → Indítás</translation>
    </message>
    <message>
        <source>Training, or Weights by hand</source>
        <translation>Tanítás, vagy Súlyok kézzel</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémák</translation>
    </message>
    <message>
        <source>the answer box</source>
        <translation>a válaszmező</translation>
    </message>
    <message>
        <source>the network canvas</source>
        <translation>a hálózat vászna</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>az adathalmaz</translation>
    </message>
    <message>
        <source>the status bar</source>
        <translation>az állapotsor</translation>
    </message>
    <message>
        <source>Properties of {layer}</source>
        <translation>{layer} tulajdonságai</translation>
    </message>
    <message>
        <source>Properties of {layer} → {param}</source>
        <translation>{layer} tulajdonságai → {param}</translation>
    </message>
    <message>
        <source>Training → {setting}</source>
        <translation>Tanítás → {setting}</translation>
    </message>
    <message>
        <source>the palette → {kind}</source>
        <translation>a paletta → {kind}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nincs megadva</translation>
    </message>
    <message>
        <source>on</source>
        <translation>bekapcsolva</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kikapcsolva</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not a number</source>
        <translation>„{answer}” nem szám</translation>
    </message>
</context>
<context>
    <name>LoopBridge</name>
    <message>
        <source>the class hub is not running</source>
        <translation>az osztály szervere nem fut</translation>
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
        <source>Training… the network cannot be edited until it stops</source>
        <translation>Tanítás… a hálózat nem szerkeszthető, amíg le nem áll</translation>
    </message>
    <message>
        <source>Settings not used: {keys} (point here for why).</source>
        <translation>Nem használt beállítások: {keys} (mutass ide az okért).</translation>
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
    <message>
        <source>layer</source>
        <translation>réteg</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>egység</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>lépések</translation>
    </message>
    <message>
        <source>The {n} test images that excite this unit most</source>
        <translation>A {n} tesztkép, amely a legjobban gerjeszti ezt az egységet</translation>
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
        <source>Se&amp;quences</source>
        <translation>So&amp;rozatok</translation>
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
        <source>epoch</source>
        <extracomment>Epoch points drawn with markers: past this many they blur into the line, and pyqtgraph rebuilds every marker at each redraw (a 1,000-epoch toy run spent most of its GUI time there).</extracomment>
        <translation>epoch</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>{n}. futás</translation>
    </message>
    <message>
        <source>{title} — run {n}</source>
        <translation>{title} — {n}. futás</translation>
    </message>
    <message>
        <source>run {n}: {label}</source>
        <translation>{n}. futás: {label}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>tanítás</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validálás</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>köteg</translation>
    </message>
    <message>
        <source>{label}: {value} (epoch {epoch})</source>
        <translation>{label}: {value} ({epoch}. epoch)</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>The whole network: click or drag to go there</source>
        <translation>Az egész hálózat: kattints vagy húzd, hogy odamenj</translation>
    </message>
</context>
<context>
    <name>ModelState</name>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>A TensorFlow még töltődik…</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar.</source>
        <translation>Válasszon adathalmazt az eszköztáron.</translation>
    </message>
    <message>
        <source>The project&apos;s trained model could not be read: {error}</source>
        <translation>A projekt tanított modellje nem olvasható: {error}</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>{n} params</source>
        <extracomment>Below this scale (the minimap&apos;s; the canvas zooms out to 0.2 at most) text would be a pixel high: a node is drawn as a plain card and an edge as its line, 20× faster.</extracomment>
        <translation>{n} param.</translation>
    </message>
</context>
<context>
    <name>NetworkViewer</name>
    <message>
        <source>{name}&apos;s network (read-only)</source>
        <translation>{name} hálózata (csak olvasható)</translation>
    </message>
    <message>
        <source>This network cannot be shown: {problem}</source>
        <translation>Ez a hálózat nem jeleníthető meg: {problem}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{value} is outside the range: type a number from {low} to {high}.</source>
        <extracomment>the frame of a refused number, drawn over the field (a style sheet would freeze the field&apos;s font at the size it had when marked: presentation mode&apos;s larger text never reached it)</extracomment>
        <translation>{value} a tartományon kívül esik: írj egy számot {low} és {high} között.</translation>
    </message>
    <message>
        <source>{value} is too small: type a number from {low} on.</source>
        <translation>{value} túl kicsi: írj egy legalább {low} értékű számot.</translation>
    </message>
    <message>
        <source>{value} is too large: type a number up to {high}.</source>
        <translation>{value} túl nagy: írj egy legfeljebb {high} értékű számot.</translation>
    </message>
    <message>
        <source>The value stays {value}.</source>
        <translation>Az érték marad: {value}.</translation>
    </message>
</context>
<context>
    <name>NumberGrid</name>
    <message>
        <source>padding: a zero added around the input</source>
        <translation>kitöltés: a bemenet köré tett nulla</translation>
    </message>
    <message>
        <source>the cell keeps {value}</source>
        <translation>a cella értéke marad: {value}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Type a number, for example {example}.</source>
        <translation>Írj be egy számot, például: {example}.</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is too long for a number ({count} characters; at most {limit}).</source>
        <translation>A(z) „{start}…” túl hosszú egy számhoz ({count} karakter; legfeljebb {limit}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large for a number; numbers go up to about 1.8e308.</source>
        <translation>A(z) „{text}” túl nagy; a számok nagyjából 1.8e308-ig terjednek.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one sign. Write at most one minus in front, for example {example}.</source>
        <translation>A(z) „{text}” több előjelet tartalmaz. Legfeljebb egy mínuszt írj elé, például: {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one number here: &apos;{char}&apos; cannot separate groups of digits. Write the digits together (1000 for a thousand) and {points} for the decimals (1{point}5).</source>
        <translation>„{text}” itt nem egyetlen szám: a(z) „{char}” nem választhat el számjegycsoportokat. Írd egybe a számjegyeket (1000 az ezer) és {points} a tizedesekhez (1{point}5).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one decimal point. A number has one, written {points}, for example {example}.</source>
        <translation>„{text}” egynél több tizedesjelet tartalmaz. Egy számban egy van, {points} alakban, például {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Write digits with at most one decimal point ({points}) and an optional minus in front, for example {example} or 2e-3.</source>
        <translation>„{text}” nem szám. Írj számjegyeket legfeljebb egy tizedesjellel ({points}), elöl esetleg mínuszjellel, például {example} vagy 2e-3.</translation>
    </message>
    <message>
        <source>&apos;{point}&apos; or &apos;.&apos;</source>
        <translation>„{point}” vagy „.”</translation>
    </message>
</context>
<context>
    <name>OwnDataDialog</name>
    <message>
        <source>Image folder (one subfolder per class)</source>
        <translation>Képmappa (osztályonként egy almappa)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV-táblázat (.csv)</translation>
    </message>
    <message>
        <source>IDX files (a folder, MNIST format)</source>
        <translation>IDX-fájlok (egy mappa, MNIST-formátum)</translation>
    </message>
    <message>
        <source>NumPy arrays (.npz, Keras style)</source>
        <translation>NumPy-tömbök (.npz, Keras-stílus)</translation>
    </message>
    <message>
        <source>Your own data</source>
        <extracomment>the tasks a CSV table can be read as (the loader&apos;s words are the data)</extracomment>
        <translation>Saját adatok</translation>
    </message>
    <message>
        <source>choose a file or folder…</source>
        <translation>válassz fájlt vagy mappát…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatikus</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>osztályozás</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresszió</translation>
    </message>
    <message>
        <source>scale each feature to mean 0, spread 1</source>
        <translation>minden jellemzőt 0 átlagra és 1 szórásra skáláz</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <source>Choose your data, then Preview.</source>
        <translation>Válaszd ki az adataidat, aztán Előnézet.</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>Ezeket az adatokat használom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hely</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Céloszlop</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Feladat</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Jellemzők</translation>
    </message>
    <message>
        <source>Choose a file or folder first.</source>
        <translation>Előbb válassz fájlt vagy mappát.</translation>
    </message>
    <message>
        <source>{name} looks like {kind}, not {wanted}: choose that kind, or another file.</source>
        <translation>{name} ilyennek tűnik: {kind}, nem ilyennek: {wanted}; válaszd azt a fajtát, vagy másik fájlt.</translation>
    </message>
    <message>
        <source>{name} cannot be used:
{reason}</source>
        <translation>{name} nem használható:
{reason}</translation>
    </message>
    <message>
        <source>of shape {shape}</source>
        <translation>{shape} alakú</translation>
    </message>
    <message>
        <source>with 1 feature</source>
        <translation>1 jellemzővel</translation>
    </message>
    <message>
        <source>with {n} features</source>
        <translation>{n} jellemzővel</translation>
    </message>
    <message>
        <source>{title}: {train} training and {test} test examples {what}, {task}.</source>
        <translation>{title}: {train} tanító- és {test} tesztpélda, {what}; {task}.</translation>
    </message>
    <message>
        <source>Classes: {list}</source>
        <translation>Osztályok: {list}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Megjegyzés: {note}</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <source>give one row of inputs per 0/1 label</source>
        <translation>adj meg egy bemeneti sort minden 0/1 címkéhez</translation>
    </message>
    <message>
        <source>the perceptron rule needs labels 0 and 1</source>
        <translation>a perceptronszabálynak 0 és 1 címkék kellenek</translation>
    </message>
    <message>
        <source>the learning rate must be positive, got {lr}</source>
        <translation>a tanulási rátának pozitívnak kell lennie, ez érkezett: {lr}</translation>
    </message>
    <message>
        <source>epochs must be from 1 to {limit}</source>
        <translation>az epochok száma 1 és {limit} között lehet</translation>
    </message>
    <message>
        <source>{need} weights are needed, got {got}</source>
        <translation>{need} súly kell, {got} érkezett</translation>
    </message>
    <message>
        <source>converged in epoch {epoch}: every example is on the right side of the line</source>
        <translation>a(z) {epoch}. epochban konvergált: minden példa az egyenes jó oldalán van</translation>
    </message>
    <message>
        <source>after epoch {epoch} the weights are back where they were before: the rule will cycle for ever. No line separates these classes (not linearly separable)</source>
        <translation>a(z) {epoch}. epoch után a súlyok visszatértek egy korábbi állapotba: a szabály örökké körbe fog járni. Nincs egyenes, amely elválasztaná ezeket az osztályokat (nem lineárisan szeparálhatók)</translation>
    </message>
    <message>
        <source>still making mistakes after {epochs} epochs</source>
        <translation>{epochs} epoch után is hibázik</translation>
    </message>
    <message>
        <source>the perceptron rule trains one layer of one unit; this network has none</source>
        <translation>a perceptronszabály egyetlen egységből álló réteget tanít; ennek a hálózatnak nincs rétege</translation>
    </message>
    <message>
        <source>the perceptron rule trains one layer of one unit; this network has {kinds}</source>
        <translation>a perceptronszabály egyetlen egységből álló réteget tanít; ennek a hálózatnak a rétegei: {kinds}</translation>
    </message>
    <message>
        <source>the perceptron rule trains one unit; layer &apos;{layer}&apos; has {units}</source>
        <translation>a perceptronszabály egyetlen egységet tanít; a(z) „{layer}” rétegnek {units} van</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; uses {activation}; the perceptron rule is for a step unit (or sigmoid, whose line w·x + b = 0 is the same)</source>
        <translation>a(z) „{layer}” réteg {activation} aktivációt használ; a perceptronszabály lépcsős egységre való (vagy szigmoidra, amelynek w·x + b = 0 egyenese ugyanaz)</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — right, nothing changes</source>
        <translation>{epoch}. epoch, {example}. példa: x = ({x}), y = {y}, h(x) = {h} — helyes, semmi sem változik</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — wrong: {changes} → w = ({weights}), b = {bias}</source>
        <translation>{epoch}. epoch, {example}. példa: x = ({x}), y = {y}, h(x) = {h} — hibás: {changes} → w = ({weights}), b = {bias}</translation>
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
        <source>start from</source>
        <translation>kiindulás</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>legfeljebb</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>&lt;b&gt;The perceptron rule&lt;/b&gt;: h(x) = step(w·x + b); after each example w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + α·(y − h(x))·x&lt;sub&gt;i&lt;/sub&gt; and b ← b + α·(y − h(x)).</source>
        <translation>&lt;b&gt;A perceptron-szabály&lt;/b&gt;: h(x) = lépcső(w·x + b); minden példa után w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + α·(y − h(x))·x&lt;sub&gt;i&lt;/sub&gt; és b ← b + α·(y − h(x)).</translation>
    </message>
    <message>
        <source>{reason}. Open the Perceptron (AND) network (File → New from template) and a logic-gate dataset.</source>
        <translation>{reason}. Nyisd meg a Perceptron (ÉS) hálózatot (Fájl → Új sablonból) és egy logikai kapus adathalmazt.</translation>
    </message>
    <message>
        <source>Choose a dataset: a logic gate (AND, OR, XOR…) or another 2-class 2-D set.</source>
        <translation>Válassz adathalmazt: egy logikai kaput (ÉS, VAGY, XOR…) vagy más kétosztályos 2D halmazt.</translation>
    </message>
    <message>
        <source>{title} does not have the classes 0 and 1 the perceptron rule needs; choose a logic gate (AND, OR, XOR…).</source>
        <translation>{title} nem tartalmazza a perceptron-szabályhoz szükséges 0 és 1 osztályt; válassz logikai kaput (ÉS, VAGY, XOR…).</translation>
    </message>
    <message>
        <source>… (the first {n} updates are listed)</source>
        <translation>… (az első {n} frissítés látható)</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {n}: x = ({x}), y = {y}, h(x) = {h}</source>
        <translation>{epoch}. epoch, {n}. példa: x = ({x}), y = {y}, h(x) = {h}</translation>
    </message>
    <message>
        <source> — right, nothing changes</source>
        <translation> — helyes, semmi sem változik</translation>
    </message>
    <message>
        <source> — wrong: {changes} → w = ({weights}), b = {b}</source>
        <translation> — hibás: {changes} → w = ({weights}), b = {b}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {n} mistake(s) so far</source>
        <translation>{epoch}. epoch: eddigi hibák: {n}</translation>
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
    <message>
        <source>LSTM digit reader</source>
        <translation>LSTM-es számjegyolvasó</translation>
    </message>
    <message>
        <source>Sine forecaster (SimpleRNN)</source>
        <translation>Szinusz-előrejelző (SimpleRNN)</translation>
    </message>
    <message>
        <source>Small Vision Transformer</source>
        <translation>Kis Vision Transformer</translation>
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
        <extracomment>The layer names Keras builds and TensorFlow&apos;s compiled graphs accept (its scope names are ASCII letters, digits and &apos;_.-/&gt;&apos;; Keras refuses &apos;/&apos;, and &apos;&gt;&apos; is scope syntax). &apos;-&apos; and &apos;.&apos; may come first: Keras builds, compiles and saves such layers.</extracomment>
        <translation>a(z) „{id}” azonosítóban olyan karakter van, amelyet a Keras nem fogad el rétegnévben</translation>
    </message>
    <message>
        <source>use only letters A–Z and a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>csak az A–Z és a–z betűket, számjegyeket, „_”, „-” és „.” jelet használj</translation>
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
    <message>
        <source>{layer} needs a sequence input (time steps, features); got {shape}</source>
        <extracomment>Weight blocks per kind of cell: one for a simple RNN, four gates for an LSTM (input, forget, cell, output), three for a GRU (update, reset, candidate).</extracomment>
        <translation>{layer} sorozat-bemenetet vár (időlépések, jellemzők); ezt kapta: {shape}</translation>
    </message>
    <message>
        <source>no nonlinearity between this layer and Dense &apos;{next}&apos;: without one, consecutive layers collapse into one linear map (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)), so the extra layer adds parameters but can learn nothing one layer could not</source>
        <extracomment>Layers a linear map passes through and stays linear (Dropout scales, Flatten and Reshape move values, an Activation layer set to linear does nothing, BatchNormalization is affine once trained): a Dense on either side of them still collapses with the other.</extracomment>
        <translation>nincs nemlinearitás e réteg és a(z) „{next}” Dense réteg között: enélkül az egymást követő rétegek egyetlen lineáris leképezéssé olvadnak össze (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)), így az extra réteg paramétereket ad, de semmi olyat nem tanulhat, amit egy réteg ne tudna</translation>
    </message>
    <message>
        <source>choose an activation for it such as relu, tanh or sigmoid</source>
        <translation>válassz neki aktivációt, például relu, tanh vagy sigmoid</translation>
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
    <name>Project</name>
    <message>
        <source>the training settings of &apos;{name}&apos;</source>
        <translation>a(z) „{name}” tanítási beállításai</translation>
    </message>
    <message>
        <source>{problem}. The usual settings are used instead.</source>
        <translation>{problem}. Helyette a szokásos beállítások érvényesek.</translation>
    </message>
</context>
<context>
    <name>ProjectState</name>
    <message>
        <source>Input shape for {dataset}</source>
        <translation>Bemeneti alak ehhez: {dataset}</translation>
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
    <message>
        <source>The formula with this layer&apos;s numbers shows once you have answered.</source>
        <translation>A képlet a réteg saját számaival akkor jelenik meg, ha válaszoltál.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Train a network to see its test results here.</source>
        <translation>Tanítson be egy hálót, és itt látja a teszteredményeit.</translation>
    </message>
    <message>
        <source>Rows: true class · columns: predicted class · click a cell to see those test examples</source>
        <translation>Sorok: valódi osztály · oszlopok: jósolt osztály · kattints egy cellára a tesztpéldák megtekintéséhez</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Tanítás…</translation>
    </message>
    <message>
        <source>No test evaluation for this run.</source>
        <translation>Ehhez a futáshoz nincs teszt-kiértékelés.</translation>
    </message>
    <message>
        <source>Test accuracy {percent} %</source>
        <translation>Teszt-pontosság {percent} %</translation>
    </message>
    <message>
        <source>test loss {value}</source>
        <translation>teszt-veszteség {value}</translation>
    </message>
    <message>
        <source>test {metric} {value}</source>
        <translation>teszt {metric} {value}</translation>
    </message>
    <message>
        <source>The test results show once you have made your prediction.</source>
        <translation>A teszteredmények akkor jelennek meg, ha megtetted a jóslatod.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>pontosság</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count}</source>
        <translation>valódi {true}, jósolt {predicted}: {count}</translation>
    </message>
    <message>
        <source>test example {index}: true {true}, predicted {predicted} with {percent} %</source>
        <translation>{index}. tesztpélda: valódi {true}, jósolt {predicted}, {percent} %-kal</translation>
    </message>
    <message>
        <source>Most confident mistakes ({n} shown)</source>
        <translation>A legmagabbiztosabb hibák ({n} látható)</translation>
    </message>
    <message>
        <source>No mistakes on the test set</source>
        <translation>Nincs hiba a teszthalmazon</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n} test examples</source>
        <translation>Valódi {true}, jósolt {predicted}: {n} tesztpélda</translation>
    </message>
    <message>
        <source>(first {n})</source>
        <translation>(első {n})</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Csatlakozva</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lecke</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Ellenőrzések</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Veszteség</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Pontosság</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paraméterek</translation>
    </message>
    <message>
        <source>The student&apos;s name</source>
        <translation>A diák neve</translation>
    </message>
    <message>
        <source>Connected to the class now</source>
        <translation>Most csatlakozik az órához</translation>
    </message>
    <message>
        <source>The lesson they are on</source>
        <translation>A lecke, amelyen épp dolgozik</translation>
    </message>
    <message>
        <source>The step of the lesson they are on</source>
        <translation>A lecke lépése, amelyen épp dolgozik</translation>
    </message>
    <message>
        <source>The checks of their step: ✓ passed, ✗ failed</source>
        <translation>A lépés ellenőrzései: ✓ sikerült, ✗ nem sikerült</translation>
    </message>
    <message>
        <source>The loss curve of their latest run</source>
        <translation>A legutóbbi tanítás veszteséggörbéje</translation>
    </message>
    <message>
        <source>Test accuracy of their latest run</source>
        <translation>A legutóbbi tanítás tesztpontossága</translation>
    </message>
    <message>
        <source>Parameters of their network</source>
        <translation>A hálózata paraméterei</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>csatlakozva</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>nincs kapcsolat</translation>
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
        <source>Train exactly one batch (or one epoch) and pause, so every view shows the result: gradient descent one step at a time.</source>
        <translation>Pontosan egy köteg (vagy egy epoch) tanítása, majd szünet, hogy minden nézet mutassa az eredményt: gradiensereszkedés lépésről lépésre.</translation>
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
        <source>Same start as an earlier run: its initial weights, its seed (data split and shuffling) — so the new run differs only in the settings you changed.</source>
        <translation>Ugyanaz a kezdés, mint egy korábbi futásé: a kezdeti súlyai, a magja (adatfelosztás és keverés) — így az új futás csak a megváltoztatott beállításokban tér el.</translation>
    </message>
    <message>
        <source>Resume  (F6)</source>
        <translation>Folytatás  (F6)</translation>
    </message>
    <message>
        <source>Step  (F10) · {n} queued</source>
        <translation>Egy lépés  (F10) · {n} várakozik</translation>
    </message>
    <message>
        <source>Stepping…  (F10)</source>
        <translation>Lépés folyamatban…  (F10)</translation>
    </message>
    <message>
        <source>new random weights</source>
        <translation>új véletlen súlyok</translation>
    </message>
    <message>
        <source>same start as run {n}</source>
        <translation>ugyanaz a kezdés, mint a(z) {n}. futásé</translation>
    </message>
    <message>
        <source>Run {n}: {label}, seed {seed}</source>
        <translation>{n}. futás: {label}, mag {seed}</translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>korábbi futás</translation>
    </message>
</context>
<context>
    <name>SaliencyView</name>
    <message>
        <source>a test example</source>
        <translation>egy tesztpélda</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>a rajz</translation>
    </message>
    <message>
        <source>an image file…</source>
        <translation>egy képfájl…</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Bemenet</translation>
    </message>
    <message>
        <source>number</source>
        <translation>sorszám</translation>
    </message>
    <message>
        <source>method</source>
        <translation>módszer</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>réteg</translation>
    </message>
    <message>
        <source>class</source>
        <translation>osztály</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>hő</translation>
    </message>
    <message>
        <source>The drawing is {drawing}; this network takes {shape} inputs. Explain a test example or an image file, or the drawing with a network for 28×28 digits (e.g. LeNet-5).</source>
        <translation>A rajz {drawing}; ez a hálózat {shape} bemenetet vár. Magyarázzon egy tesztpéldát vagy képfájlt, vagy a rajzot egy 28×28-as számjegyekre készült hálózattal (pl. LeNet-5).</translation>
    </message>
    <message>
        <source>Choose an image dataset that fits the network, or draw a digit.</source>
        <translation>Válasszon a hálózathoz illő képadathalmazt, vagy rajzoljon egy számjegyet.</translation>
    </message>
</context>
<context>
    <name>SandboxControls</name>
    <message>
        <source>A test image (downscaled)</source>
        <translation>Egy tesztkép (kicsinyítve)</translation>
    </message>
    <message>
        <source>The drawing (downscaled)</source>
        <translation>A rajz (kicsinyítve)</translation>
    </message>
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
        <source>Rows on lines or separated by &quot;;&quot;, numbers by spaces, tabs or commas</source>
        <translation>A sorok külön sorban vagy „;” jellel elválasztva, a számok szóközzel, tabulátorral vagy vesszővel</translation>
    </message>
    <message>
        <source>(choose a kernel)</source>
        <translation>(válassz kernelt)</translation>
    </message>
    <message>
        <source>More kernels give more output maps (channels)</source>
        <translation>Több kernel több kimeneti térképet (csatornát) ad</translation>
    </message>
    <message>
        <source>valid: no zeros; same: enough zeros to keep the size; n rings</source>
        <translation>valid: nincs nulla; same: annyi nulla, hogy a méret megmaradjon; n gyűrű</translation>
    </message>
    <message>
        <source>no pooling</source>
        <translation>nincs pooling</translation>
    </message>
    <message>
        <source>= size</source>
        <translation>= méret</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Bemenet</translation>
    </message>
    <message>
        <source>image</source>
        <translation>kép</translation>
    </message>
    <message>
        <source>size</source>
        <translation>méret</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>sorok</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>oszlopok</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>kernels</source>
        <translation>kernelek</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>kitöltés</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>lépésköz</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>pooling</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>pooling mérete</translation>
    </message>
    <message>
        <source>pool stride</source>
        <translation>pooling lépésköze</translation>
    </message>
    <message>
        <source>choose an image dataset (e.g. MNIST) to use its test images</source>
        <translation>válassz képes adathalmazt (pl. MNIST), hogy a tesztképeit használd</translation>
    </message>
    <message>
        <source>draw a digit first (View → Draw a digit), then pick it here</source>
        <translation>előbb rajzolj egy számjegyet (Nézet → Rajzolj egy számjegyet), aztán válaszd ki itt</translation>
    </message>
</context>
<context>
    <name>SequenceView</name>
    <message>
        <source>input gate (0 dark … 1 light)</source>
        <extracomment>each gate&apos;s picture title as one phrase to translate (&quot;porte d&apos;entrée&quot;, not &quot;porte input&quot;)</extracomment>
        <translation>bemeneti kapu (0 sötét … 1 világos)</translation>
    </message>
    <message>
        <source>forget gate (0 dark … 1 light)</source>
        <translation>felejtőkapu (0 sötét … 1 világos)</translation>
    </message>
    <message>
        <source>output gate (0 dark … 1 light)</source>
        <translation>kimeneti kapu (0 sötét … 1 világos)</translation>
    </message>
    <message>
        <source>update gate (0 dark … 1 light)</source>
        <translation>frissítőkapu (0 sötét … 1 világos)</translation>
    </message>
    <message>
        <source>reset gate (0 dark … 1 light)</source>
        <translation>visszaállítókapu (0 sötét … 1 világos)</translation>
    </message>
    <message>
        <source>candidate (−1 … +1)</source>
        <translation>jelölt (−1 … +1)</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Réteg:</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>Időlépés:</translation>
    </message>
    <message>
        <source>This view shows networks that read sequences: add a SimpleRNN, LSTM, GRU or MultiHeadAttention layer, or open a preset (File → New from template: LSTM digit reader, Small Vision Transformer).</source>
        <translation>Ez a nézet a sorozatokat olvasó hálózatokat mutatja: adj hozzá SimpleRNN, LSTM, GRU vagy MultiHeadAttention réteget, vagy nyiss meg egy sablont (Fájl → Új sablonból: LSTM-es számjegyolvasó, Kis Vision Transformer).</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network&apos;s input.</source>
        <translation>Válassz a hálózat bemenetéhez illő adathalmazt.</translation>
    </message>
    <message>
        <source>a test example</source>
        <translation>egy tesztpélda</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>a rajz</translation>
    </message>
    <message>
        <source>Test example number</source>
        <translation>Tesztpélda sorszáma</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Bemenet:</translation>
    </message>
    <message>
        <source>Draw a digit (View → Draw a digit): it is read as you draw.</source>
        <translation>Rajzolj egy számjegyet (Nézet → Rajzolj egy számjegyet): rajzolás közben olvassa.</translation>
    </message>
    <message>
        <source>The drawing has {size} pixels; this network reads {shape}. Choose a test example, or a network for 28×28 digits (the LSTM digit reader).</source>
        <translation>A rajz {size} képpontos; ez a hálózat {shape} alakot olvas. Válassz tesztpéldát, vagy egy 28×28-as számjegyekre való hálózatot (az LSTM-es számjegyolvasót).</translation>
    </message>
    <message>
        <source>Input: {steps} steps (down) × {features} values</source>
        <translation>Bemenet: {steps} lépés (lefelé) × {features} érték</translation>
    </message>
    <message>
        <source>State h after each step: {units} units (−1 blue … +1 red)</source>
        <translation>A h állapot minden lépés után: {units} egység (−1 kék … +1 piros)</translation>
    </message>
    <message>
        <source>{gate} gate (0 dark … 1 light)</source>
        <translation>{gate} kapu (0 sötét … 1 világos)</translation>
    </message>
    <message>
        <source>{gate} (−1 … +1)</source>
        <translation>{gate} (−1 … +1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;, step {t} of {steps}: the state&apos;s strongest unit is {unit} ({value}). The same weights W and U are used at every step.</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt;, {t}. lépés / {steps}: az állapot legerősebb egysége {unit} ({value}). Minden lépésben ugyanazok a W és U súlyok dolgoznak.</translation>
    </message>
    <message>
        <source>On average the forget gate keeps {share} of the memory.</source>
        <translation>A felejtő kapu átlagosan a memória {share} részét tartja meg.</translation>
    </message>
    <message>
        <source>Head {head}: rows look at columns</source>
        <translation>{head}. fej: a sorok az oszlopokra néznek</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: {heads} heads; each row is one token (a patch) and how much it takes from every other token (each row sums to 1).</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt;: {heads} fej; minden sor egy token (képfolt), és hogy mennyit vesz át a többi tokentől (minden sor összege 1).</translation>
    </message>
    <message>
        <source>Rollout: where the answer comes from</source>
        <translation>Rollout: honnan jön a válasz</translation>
    </message>
    <message>
        <source>The rollout follows attention through every block back to the {count} patches.</source>
        <translation>A rollout minden blokkon át visszakíséri a figyelmet a(z) {count} képfoltig.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the optimizer</source>
        <translation>az optimalizáló</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>a tanulási ráta</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>a momentum</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>a Nesterov-momentum</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>a kötegméret</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>az epochok száma</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>a veszteség</translation>
    </message>
    <message>
        <source>the validation share</source>
        <translation>a validációs arány</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>a korai leállítás</translation>
    </message>
    <message>
        <source>keeping the best weights</source>
        <translation>a legjobb súlyok megtartása</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>a véletlenmag</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>az eszköz</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>a kezdősúlyok</translation>
    </message>
    <message>
        <source>the test accuracy</source>
        <translation>a tesztpontosság</translation>
    </message>
    <message>
        <source>the test loss</source>
        <translation>a tesztveszteség</translation>
    </message>
    <message>
        <source>the training loss</source>
        <translation>a tanítási veszteség</translation>
    </message>
    <message>
        <source>the training accuracy</source>
        <translation>a tanítási pontosság</translation>
    </message>
    <message>
        <source>the validation accuracy</source>
        <translation>a validációs pontosság</translation>
    </message>
    <message>
        <source>the validation loss</source>
        <translation>a validációs veszteség</translation>
    </message>
    <message>
        <source>the rise of the validation loss above its lowest</source>
        <translation>a validációs veszteség emelkedése a legkisebb értéke fölé</translation>
    </message>
    <message>
        <source>the gap between validation and training loss</source>
        <translation>a validációs és a tanítási veszteség különbsége</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source> px right</source>
        <translation> px jobbra</translation>
    </message>
    <message>
        <source>Shift the input</source>
        <translation>A bemenet eltolása</translation>
    </message>
    <message>
        <source>Move the input by</source>
        <translation>A bemenet eltolása ennyivel:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Bemenet</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>A konvolúció kimenete</translation>
    </message>
    <message>
        <source>Pooled output</source>
        <translation>Pooling utáni kimenet</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Előtte</translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation>Eltolva</translation>
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
    <name>StartClassPanel</name>
    <message>
        <source>Start a class</source>
        <translation>Óra indítása</translation>
    </message>
    <message>
        <source>My class</source>
        <translation>Az én osztályom</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Választás…</translation>
    </message>
    <message>
        <source>The network the students&apos; machines are on. 127.0.0.1: this machine only. Use it on a school network you trust: nothing is encrypted.</source>
        <translation>A hálózat, amelyen a diákok gépei vannak. 127.0.0.1: csak ez a gép. Megbízható iskolai hálózaton használd: semmi sincs titkosítva.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>bármely szabad port</translation>
    </message>
    <message>
        <source>Start the class</source>
        <translation>Az óra indítása</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Az osztály neve</translation>
    </message>
    <message>
        <source>Class folder</source>
        <translation>Az osztály mappája</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Hálózati cím</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for the class.</source>
        <translation>{path} egy fájl; válassz mappát az osztálynak.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Indítás…</translation>
    </message>
    <message>
        <source>The class could not start: {reason}</source>
        <translation>Az óra nem tudott elindulni: {reason}</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Osztálykód</translation>
    </message>
    <message>
        <source>In LayerLab: File → Class → Join, or this address</source>
        <translation>A LayerLabban: Fájl → Osztály → Csatlakozás, vagy ez a cím</translation>
    </message>
    <message>
        <source>Phones and tablets: scan the code, then type the class code</source>
        <translation>Telefonok és táblagépek: olvasd be a kódot, majd írd be az osztálykódot</translation>
    </message>
    <message>
        <source>Open the class dashboard</source>
        <translation>Az osztály irányítópultjának megnyitása</translation>
    </message>
    <message>
        <source>End the class</source>
        <translation>Az óra befejezése</translation>
    </message>
    <message>
        <source>QR code of the phone page: {url}</source>
        <translation>A telefonos oldal QR-kódja: {url}</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Válasszon leckét fent (dupla kattintás vagy Enter).</translation>
    </message>
    <message>
        <source>(EN)</source>
        <translation>(EN)</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>a válaszod</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Értékelés</translation>
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
        <source>◀ Back</source>
        <translation>◀ Vissza</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tovább ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Kilépés a leckéből</translation>
    </message>
    <message>
        <source>Not translated yet, shown in the lesson&apos;s own language: {fields}</source>
        <translation>Még nincs lefordítva, a lecke saját nyelvén látható: {fields}</translation>
    </message>
</context>
<context>
    <name>StudentLink</name>
    <message>
        <source>The teacher sees: your name, your lesson progress and your runs&apos; scores.</source>
        <translation>A tanár látja: a neved, a haladásod a leckékben és a tanításaid eredményeit.</translation>
    </message>
    <message>
        <source>Class {name}: connected</source>
        <translation>{name} osztály: csatlakozva</translation>
    </message>
    <message>
        <source>Class: not joined — {reason}</source>
        <translation>Osztály: nincs csatlakozás — {reason}</translation>
    </message>
    <message>
        <source>Class: offline, working on (reconnecting)</source>
        <translation>Osztály: nincs kapcsolat, a munka folytatódik (újracsatlakozás)</translation>
    </message>
    <message>
        <source>{count} hand-ins wait for the hub</source>
        <translation>{count} beadandó vár az osztály szerverére</translation>
    </message>
    <message>
        <source>Join a class first (File → Class → Join).</source>
        <translation>Előbb csatlakozz egy órához (Fájl → Osztály → Csatlakozás).</translation>
    </message>
    <message>
        <source>From the teacher: {text}</source>
        <translation>A tanártól: {text}</translation>
    </message>
    <message>
        <source>The class refused: {reason}</source>
        <translation>Az osztály elutasította: {reason}</translation>
    </message>
    <message>
        <source>Handed in: the hub has it.</source>
        <translation>Beadva: az osztály szervere megkapta.</translation>
    </message>
    <message>
        <source>Your challenge model scored {accuracy} % on the hub&apos;s test data.</source>
        <translation>A kihívásra beadott modelled {accuracy} %-ot ért el az osztály szerverének tesztadatain.</translation>
    </message>
    <message>
        <source>The class hub said: {reason}</source>
        <translation>Az osztály szervere üzente: {reason}</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s lesson “{title}”? Your work is saved first.</source>
        <translation>Megnyitod a tanár „{title}” leckéjét? A munkád előbb mentésre kerül.</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s project “{title}”? Your work is saved first.</source>
        <translation>Megnyitod a tanár „{title}” projektjét? A munkád előbb mentésre kerül.</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s network “{title}”? Your work is saved first.</source>
        <translation>Megnyitod a tanár „{title}” hálózatát? A munkád előbb mentésre kerül.</translation>
    </message>
    <message>
        <source>The teacher sent something</source>
        <translation>A tanár küldött valamit</translation>
    </message>
    <message>
        <source>Kept your work; the teacher&apos;s push was not opened.</source>
        <translation>A munkád megmaradt; a tanár küldeménye nem nyílt meg.</translation>
    </message>
    <message>
        <source>Not opened: your work could not be saved first.</source>
        <translation>Nem nyílt meg: a munkádat előbb nem sikerült menteni.</translation>
    </message>
    <message>
        <source>Not opened: {reason}</source>
        <translation>Nem nyílt meg: {reason}</translation>
    </message>
    <message>
        <source>Not opened: the lesson pushed is not readable.</source>
        <translation>Nem nyílt meg: a küldött lecke nem olvasható.</translation>
    </message>
    <message>
        <source>Not opened: this LayerLab has no lesson “{id}”.</source>
        <translation>Nem nyílt meg: ebben a LayerLabban nincs „{id}” lecke.</translation>
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
        <source>{what} is running: stop it or let it finish first.</source>
        <translation>{what} fut: előbb állítsd le, vagy várd meg a végét.</translation>
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
        <source>Run {n} did not keep its starting weights (only the latest runs do): choose new random weights or a later run.</source>
        <translation>A(z) {n}. futás nem őrizte meg a kezdősúlyait (csak a legutóbbiak őrzik): válassz új véletlen súlyokat vagy egy későbbi futást.</translation>
    </message>
    <message>
        <source>A run is going: Start (F5) waits until it stops (Stop: Shift+F5).</source>
        <translation>Egy futás folyamatban: az Indítás (F5) megvárja, amíg leáll (Leállítás: Shift+F5).</translation>
    </message>
    <message>
        <source>loading the dataset and TensorFlow…</source>
        <translation>az adathalmaz és a TensorFlow betöltése…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tanítás</translation>
    </message>
    <message>
        <source>epoch {epoch} / {epochs}</source>
        <translation>epoch {epoch} / {epochs}</translation>
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
        <source>epoch {epoch} / {epochs} · batch {batch} / {steps}</source>
        <translation>epoch {epoch} / {epochs} · köteg {batch} / {steps}</translation>
    </message>
    <message>
        <source>{rate} samples/s · about {time} left</source>
        <translation>{rate} minta/mp · kb. {time} van hátra</translation>
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
        <source>stopped at epoch {epoch}</source>
        <translation>leállt a(z) {epoch}. epochnál</translation>
    </message>
    <message>
        <source>Stopped after {time}.</source>
        <translation>Leállítva ennyi után: {time}.</translation>
    </message>
    <message>
        <source>No test evaluation (the run was cut short).</source>
        <translation>Nincs tesztkiértékelés (a futás félbeszakadt).</translation>
    </message>
    <message>
        <source>Run {n} on {dataset}.</source>
        <translation>{n}. futás ezen: {dataset}.</translation>
    </message>
    <message>
        <source>its dataset</source>
        <translation>az adathalmaza</translation>
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
        <source>Step size of gradient descent. Too large: the loss jumps or becomes NaN; too small: slow.</source>
        <translation>A gradiensereszkedés lépésmérete. Túl nagy: a veszteség ugrál vagy NaN lesz; túl kicsi: lassú.</translation>
    </message>
    <message>
        <source>Constant: every step uses the learning rate. Cosine to 0: the rate falls along half a cosine wave to zero at the last step: big steps at first, small ones to settle into the minimum at the end.</source>
        <translation>Állandó: minden lépés a tanulási rátát használja. Koszinusz 0-ig: a ráta egy fél koszinuszhullám mentén nullára csökken az utolsó lépésig: eleinte nagy lépések, a végén kicsik, hogy a minimumba jusson.</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>1: stochastic gradient descent · N: mini-batch · full batch: batch gradient descent</source>
        <translation>1: sztochasztikus gradiensereszkedés · N: mini-köteg · teljes köteg: kötegelt gradiensereszkedés</translation>
    </message>
    <message>
        <source>Share of the training data kept aside to validate on, from 0 to 0.9</source>
        <translation>A tanítóadatok validálásra félretett része, 0 és 0.9 között</translation>
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
        <source>Where training starts. All zeros: every unit of a layer gets the same gradient and stays identical, so a hidden layer acts like one unit. As set by hand: the numbers in the Weights tab.</source>
        <translation>Honnan indul a tanítás. Csupa nulla: egy réteg minden egysége ugyanazt a gradienst kapja és azonos marad, így egy rejtett réteg egyetlen egységként viselkedik. Kézzel beállítva: a Súlyok lap számai.</translation>
    </message>
    <message>
        <source>write logs</source>
        <translation>naplók írása</translation>
    </message>
    <message>
        <source>Write TensorBoard event files (loss, metrics, weight histograms each epoch); view them with: tensorboard --logdir FOLDER</source>
        <translation>TensorBoard-eseményfájlok írása (veszteség, metrikák, súlyhisztogramok epochonként); megtekintés: tensorboard --logdir MAPPA</translation>
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
        <source>More settings</source>
        <translation>További beállítások</translation>
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
        <source>constant</source>
        <translation>állandó</translation>
    </message>
    <message>
        <source>cosine to 0</source>
        <translation>koszinusz 0-ig</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source> epoch without progress</source>
        <translation> epoch javulás nélkül</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>Mappa a TensorBoard-naplóknak</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>weight</source>
        <translation>súly</translation>
    </message>
    <message>
        <source>value</source>
        <translation>érték</translation>
    </message>
    <message>
        <source>All zero</source>
        <translation>Mind nulla</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Véletlen</translation>
    </message>
    <message>
        <source>Type a value (-1.5 or -1,5) or scroll over it. To train on from these numbers, choose &lt;i&gt;Initial weights: as set by hand&lt;/i&gt; in the Training tab.</source>
        <translation>Írj be egy értéket (-1.5 vagy -1,5), vagy görgess fölötte. Ha ezekből a számokból akarsz tovább tanítani, a Tanítás lapon válaszd ezt: &lt;i&gt;Kezdeti súlyok: kézzel beállítva&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>{reason}. Hand-set weights are for small dense networks, like the perceptron (logic gates) and the XOR network.</source>
        <translation>{reason}. A kézi súlyok kis sűrű hálózatokhoz valók, mint a perceptron (logikai kapuk) és az XOR-hálózat.</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see outputs.</source>
        <translation>Válasszon a hálóhoz illő adathalmazt a kimenetek megjelenítéséhez.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cél</translation>
    </message>
    <message>
        <source>output</source>
        <translation>kimenet</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>jósolt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the network&apos;s output for every row of the truth table</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: a hálózat kimenete az igazságtábla minden sorára</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the network&apos;s output for the first {n} test examples</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: a hálózat kimenete az első {n} tesztpéldára</translation>
    </message>
    <message>
        <source>{right} of {n} right — solved!</source>
        <translation>{n}-ből {right} helyes — megoldva!</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <translation>{n}-ből {right} helyes</translation>
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
    <message>
        <source>the network has errors, fix them first: {problem}</source>
        <translation>a hálózatban hibák vannak, előbb javítsd őket: {problem}</translation>
    </message>
    <message>
        <source>{total} weights are too many to set by hand (at most {limit}); use a smaller network, e.g. the perceptron or XOR presets</source>
        <translation>{total} súly túl sok a kézi beállításhoz (legfeljebb {limit}); használj kisebb hálózatot, pl. a Perceptron vagy XOR mintát</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is {type}: hand-set weights work for Dense layers only</source>
        <translation>a(z) „{layer}” réteg típusa {type}: kézi súlyok csak Dense rétegekhez adhatók</translation>
    </message>
    <message>
        <source>{layer}: bias {unit}</source>
        <translation>{layer}: {unit}. eltolás</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {size} × {channels} channels</source>
        <translation>{layer}: {n} db {size} méretű kernel × {channels} csatorna</translation>
    </message>
    <message>
        <source>{layer}: 1 kernel of {size}</source>
        <translation>{layer}: 1 db {size} méretű kernel</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {size}</source>
        <translation>{layer}: {n} db {size} méretű kernel</translation>
    </message>
    <message>
        <source>a {kernel} kernel does not fit this layer&apos;s {size} kernels</source>
        <translation>egy {kernel} méretű kernel nem fér bele a réteg {size} méretű kerneleibe</translation>
    </message>
    <message>
        <source>{layer}&apos;s kernels are {size}, not {given}</source>
        <translation>{layer} kernelei {size} méretűek, nem {given}</translation>
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
        <source>Class</source>
        <translation>Osztály</translation>
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
<context>
    <name>engine</name>
    <message>
        <source>compiled without XLA (the run ended before XLA was ready and measured)</source>
        <extracomment>How long the end of a run waits for XLA&apos;s background compilation (none: a Stop or the last epoch is answered at once; the process waits for it on exit).</extracomment>
        <translation>XLA nélkül fordítva (a tanítás véget ért, mielőtt az XLA elkészült és lemérték volna)</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>step {number}</source>
        <translation>{number}. lépés</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>= pool size</source>
        <translation>= pooling mérete</translation>
    </message>
</context>
<context>
    <name>xlachoice</name>
    <message>
        <source>the XLA choice cache {path} was ignored ({problem}); the next choice replaces it</source>
        <translation>az XLA-választás gyorsítótára ({path}) figyelmen kívül maradt ({problem}); a következő választás felülírja</translation>
    </message>
    <message>
        <source>XLA turned off</source>
        <translation>XLA kikapcsolva</translation>
    </message>
    <message>
        <source>remembered {x}x faster here</source>
        <translation>megjegyezve: itt {x}-szer gyorsabb</translation>
    </message>
    <message>
        <source>remembered about as fast here</source>
        <translation>megjegyezve: itt nagyjából ugyanolyan gyors</translation>
    </message>
    <message>
        <source>remembered: XLA was {x}x slower here</source>
        <translation>megjegyezve: itt az XLA {x}-szer lassabb volt</translation>
    </message>
    <message>
        <source>convolutions on a CPU: XLA not tried</source>
        <translation>konvolúciók CPU-n: az XLA nem lett kipróbálva</translation>
    </message>
    <message>
        <source>a short run: XLA would take longer to compile than to help</source>
        <extracomment>XLA&apos;s compilation takes 1-5 s of processor time on a classroom machine, and only pays back over a run that lasts several times that: a run whose plain steps end sooner skips it. Background compilations still running. A run does not wait for its own (a Stop is answered at once); the process waits for them as it exits, since TensorFlow aborts when its compiler is torn down under a running compilation. 2: each step&apos;s batch is cut in halves that run side by side (``splitstep``) The training steps the whole run will take (set by the loop; None: unknown). A run whose plain steps end sooner than ``XLA_PAYBACK_SECONDS`` never compiles XLA.</extracomment>
        <translation>rövid tanítás: az XLA fordítása tovább tartana, mint amennyit nyerne vele</translation>
    </message>
</context>
</TS>
