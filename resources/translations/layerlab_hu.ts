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
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Adathalmaz</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>Saját adatok…</translation>
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
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Search layers…</source>
        <translation>Réteg keresése…</translation>
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
        <source>Resumed.</source>
        <translation>Folytatva.</translation>
    </message>
    <message>
        <source>Stopped: the weights trained so far are kept.</source>
        <translation>Leállítva: az eddig tanult súlyok megmaradnak.</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>stop after</source>
        <translation>leállás ennyi után:</translation>
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
