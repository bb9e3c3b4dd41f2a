<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Accessibility</name>
    <message>
        <source>Network canvas: arrow keys move between layers</source>
        <translation>Netwerkcanvas: de pijltjestoetsen gaan van laag naar laag</translation>
    </message>
    <message>
        <source>Layer catalog</source>
        <translation>Lagencatalogus</translation>
    </message>
    <message>
        <source>Test examples the network got wrong or right</source>
        <translation>Testvoorbeelden die het netwerk fout of goed had</translation>
    </message>
    <message>
        <source>Views inside the network</source>
        <translation>Weergaven van binnen het netwerk</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Rekengraaf</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>Verliesfunctie</translation>
    </message>
    <message>
        <source>Weights and their gradients</source>
        <translation>Gewichten en hun gradiënten</translation>
    </message>
    <message>
        <source>Network with its forward and backward values</source>
        <translation>Netwerk met zijn voorwaartse en achterwaartse waarden</translation>
    </message>
    <message>
        <source>Convolution layer</source>
        <translation>Convolutielaag</translation>
    </message>
    <message>
        <source>Kernel preset</source>
        <translation>Vooraf ingestelde kernel</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>Gewichten van de kernel</translation>
    </message>
    <message>
        <source>Weights and biases</source>
        <translation>Gewichten en biases</translation>
    </message>
    <message>
        <source>Truth table</source>
        <translation>Waarheidstabel</translation>
    </message>
    <message>
        <source>Convolution studies</source>
        <translation>Studies van de convolutie</translation>
    </message>
    <message>
        <source>The products that make the current output</source>
        <translation>De producten die de huidige uitvoer geven</translation>
    </message>
    <message>
        <source>Results of the compared runs</source>
        <translation>Resultaten van de vergeleken runs</translation>
    </message>
    <message>
        <source>Decision boundary over the plane</source>
        <translation>Beslissingsgrens over het vlak</translation>
    </message>
    <message>
        <source>Embedding method</source>
        <translation>Inbeddingsmethode</translation>
    </message>
    <message>
        <source>About the selected layer</source>
        <translation>Over de geselecteerde laag</translation>
    </message>
    <message>
        <source>Problems of the network</source>
        <translation>Problemen van het netwerk</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>Stap van de les</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jouw antwoord</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>Je eigen gegevens…</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <source>Brush width</source>
        <translation>Penseelbreedte</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Streek ongedaan maken</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Save drawing as…</source>
        <translation>Tekening opslaan als…</translation>
    </message>
    <message>
        <source>Show in feature maps</source>
        <translation>Tonen in de kenmerkkaarten</translation>
    </message>
    <message>
        <source>The feature-map viewer follows the drawing as you draw</source>
        <translation>De kenmerkkaarten volgen de tekening terwijl je tekent</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Penseel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>The network sees:</source>
        <translation>Het netwerk ziet:</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow wordt nog geladen…</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Kenmerkkaarten</translation>
    </message>
    <message>
        <source>Why this answer</source>
        <translation>Waarom dit antwoord</translation>
    </message>
    <message>
        <source>What it sees</source>
        <translation>Wat het ziet</translation>
    </message>
    <message>
        <source>What a unit wants</source>
        <translation>Wat een eenheid zoekt</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Beslissingsgrens</translation>
    </message>
    <message>
        <source>Weights by hand</source>
        <translation>Gewichten met de hand</translation>
    </message>
    <message>
        <source>Backprop by hand</source>
        <translation>Backpropagatie met de hand</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>Perceptronregel</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradiënten</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaties</translation>
    </message>
    <message>
        <source>Fitted curve</source>
        <translation>Gefitte curve</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Rekengraaf</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Search layers…</source>
        <translation>Laag zoeken…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fit the output layer</source>
        <translation>Uitvoerlaag aanpassen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>In het netwerk</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Teken een cijfer</translation>
    </message>
    <message>
        <source> Dataset: </source>
        <translation> Dataset: </translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>de taal van het systeem</translation>
    </message>
    <message>
        <source>LayerLab will speak {language} when it starts again. Restart now? (You are asked to save your work first.)</source>
        <translation>LayerLab spreekt {language} bij de volgende start. Nu opnieuw starten? (Eerst wordt gevraagd je werk op te slaan.)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>De training loopt</translation>
    </message>
    <message>
        <source>Stop the training and quit LayerLab?</source>
        <translation>De training stoppen en LayerLab afsluiten?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>&amp;Over LayerLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Nieuw vanuit &amp;sjabloon</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Load &amp;weights into this network…</source>
        <translation>&amp;Gewichten in dit netwerk laden…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Network summary (text)…</source>
        <translation>Samenvatting van het netwerk (tekst)…</translation>
    </message>
    <message>
        <source>Canvas picture (PNG)…</source>
        <translation>Afbeelding van het canvas (PNG)…</translation>
    </message>
    <message>
        <source>Network diagram, whole (SVG or PNG)…</source>
        <translation>Volledig netwerkdiagram (SVG of PNG)…</translation>
    </message>
    <message>
        <source>Figure under the mouse (SVG or PNG)…</source>
        <translation>Figuur onder de muis (SVG of PNG)…</translation>
    </message>
    <message>
        <source>Model with its weights (.keras)…</source>
        <translation>Model met zijn gewichten (.keras)…</translation>
    </message>
    <message>
        <source>Weights only (.weights.h5)…</source>
        <translation>Alleen de gewichten (.weights.h5)…</translation>
    </message>
    <message>
        <source>Keras script (one device)…</source>
        <translation>Keras-script (één apparaat)…</translation>
    </message>
    <message>
        <source>Keras script for several GPUs (MirroredStrategy)…</source>
        <translation>Keras-script voor meerdere GPU&apos;s (MirroredStrategy)…</translation>
    </message>
    <message>
        <source>Keras script for several computers (MultiWorkerMirroredStrategy)…</source>
        <translation>Keras-script voor meerdere computers (MultiWorkerMirroredStrategy)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Copy &amp;figure</source>
        <translation>&amp;Figuur kopiëren</translation>
    </message>
    <message>
        <source>&amp;Find a layer to add…</source>
        <translation>&amp;Laag zoeken om toe te voegen…</translation>
    </message>
    <message>
        <source>Insert ma&amp;xout unit</source>
        <translation>Ma&amp;xout-eenheid invoegen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentatiemodus</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Volgens het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>Kleuren veilig voor &amp;kleurenblinden</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Zoom the network &amp;in</source>
        <translation>Netwerk &amp;inzoomen</translation>
    </message>
    <message>
        <source>Zoom the network &amp;out</source>
        <translation>Netwerk &amp;uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit the network to the view</source>
        <translation>Netwerk &amp;passend maken</translation>
    </message>
    <message>
        <source>&amp;Tidy layout</source>
        <translation>Indeling &amp;opruimen</translation>
    </message>
    <message>
        <source>Show shapes on &amp;edges</source>
        <translation>Vormen op de &amp;verbindingen tonen</translation>
    </message>
    <message>
        <source>Inside the &amp;network</source>
        <translation>In het &amp;netwerk</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <source>Feature &amp;maps</source>
        <translation>&amp;Kenmerkkaarten</translation>
    </message>
    <message>
        <source>&amp;Why this answer</source>
        <translation>&amp;Waarom dit antwoord</translation>
    </message>
    <message>
        <source>What it &amp;sees (embedding)</source>
        <translation>Wat het &amp;ziet (inbedding)</translation>
    </message>
    <message>
        <source>What a &amp;unit wants</source>
        <translation>Wat een &amp;eenheid zoekt</translation>
    </message>
    <message>
        <source>&amp;Decision boundary</source>
        <translation>&amp;Beslissingsgrens</translation>
    </message>
    <message>
        <source>&amp;Weights by hand</source>
        <translation>&amp;Gewichten met de hand</translation>
    </message>
    <message>
        <source>Computational &amp;graph</source>
        <translation>&amp;Rekengraaf</translation>
    </message>
    <message>
        <source>&amp;Backprop by hand</source>
        <translation>&amp;Backpropagatie met de hand</translation>
    </message>
    <message>
        <source>&amp;Perceptron rule</source>
        <translation>&amp;Perceptronregel</translation>
    </message>
    <message>
        <source>Gradients while &amp;training</source>
        <translation>Gradiënten tijdens de &amp;training</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Activaties</translation>
    </message>
    <message>
        <source>Fitted &amp;curve</source>
        <translation>Gefitte &amp;curve</translation>
    </message>
    <message>
        <source>&amp;Draw a digit</source>
        <translation>&amp;Teken een cijfer</translation>
    </message>
    <message>
        <source>Convolution &amp;sandbox</source>
        <translation>&amp;Convolutie-zandbak</translation>
    </message>
    <message>
        <source>E&amp;xperiment board</source>
        <translation>E&amp;xperimentenbord</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessen</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause or go on</source>
        <translation>&amp;Pauzeren of doorgaan</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Eén stap</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Venster</translation>
    </message>
    <message>
        <source>{title} workspace</source>
        <translation>Werkruimte {title}</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Indeling &amp;herstellen</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>AlexNet-style</source>
        <translation>In AlexNet-stijl</translation>
    </message>
    <message>
        <source>Deep relu stack (10 × 16)</source>
        <translation>Diepe relu-stapel (10 × 16)</translation>
    </message>
    <message>
        <source>Deep sigmoid stack (10 × 16)</source>
        <translation>Diepe sigmoïde-stapel (10 × 16)</translation>
    </message>
    <message>
        <source>GoogLeNet-style</source>
        <translation>In GoogLeNet-stijl</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5 (convolutienetwerk)</translation>
    </message>
    <message>
        <source>MNIST MLP 784-512-512-10</source>
        <translation>MNIST-MLP 784-512-512-10 (meerlaags)</translation>
    </message>
    <message>
        <source>Perceptron (AND)</source>
        <translation>Perceptron (EN)</translation>
    </message>
    <message>
        <source>Small ResNet</source>
        <translation>Klein ResNet</translation>
    </message>
    <message>
        <source>Sine fit (1-16-1)</source>
        <translation>Sinus fitten (1-16-1)</translation>
    </message>
    <message>
        <source>Spirals MLP (2-16-16-2)</source>
        <translation>Spiralen-MLP (2-16-16-2)</translation>
    </message>
    <message>
        <source>U-Net-style</source>
        <translation>In U-Net-stijl</translation>
    </message>
    <message>
        <source>Small VGG</source>
        <translation>Klein VGG</translation>
    </message>
    <message>
        <source>XOR MLP (2-2-1)</source>
        <translation>XOR-MLP (2-2-1, meerlaags)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>duplicate id &apos;{id}&apos;</source>
        <translation>id &apos;{id}&apos; komt twee keer voor</translation>
    </message>
    <message>
        <source>give every layer its own id</source>
        <translation>geef elke laag een eigen id</translation>
    </message>
    <message>
        <source>the id &apos;input&apos; names the network input</source>
        <translation>de id &apos;input&apos; is de invoer van het netwerk</translation>
    </message>
    <message>
        <source>rename this layer</source>
        <translation>geef deze laag een andere naam</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; has characters Keras does not accept in layer names</source>
        <translation>id &apos;{id}&apos; bevat tekens die Keras niet toestaat in laagnamen</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>gebruik letters, cijfers, &apos;_&apos;, &apos;-&apos; en &apos;.&apos;</translation>
    </message>
    <message>
        <source>the connections form a cycle: {path}</source>
        <translation>de verbindingen vormen een kring: {path}</translation>
    </message>
    <message>
        <source>remove one of these edges</source>
        <translation>verwijder een van deze verbindingen</translation>
    </message>
    <message>
        <source>output &apos;{name}&apos; is not a layer</source>
        <translation>uitvoer &apos;{name}&apos; is geen laag</translation>
    </message>
    <message>
        <source>name an existing layer, or leave &apos;output&apos; out to use the last layer</source>
        <translation>noem een bestaande laag, of laat &apos;output&apos; weg om de laatste laag te gebruiken</translation>
    </message>
    <message>
        <source>the network has no layers</source>
        <translation>het netwerk heeft geen lagen</translation>
    </message>
    <message>
        <source>add a layer from the palette</source>
        <translation>voeg een laag toe uit het palet</translation>
    </message>
    <message>
        <source>auxiliary output &apos;{name}&apos; is not a layer</source>
        <translation>hulpuitvoer &apos;{name}&apos; is geen laag</translation>
    </message>
    <message>
        <source>name an existing layer in aux_outputs, or remove it</source>
        <translation>noem een bestaande laag in aux_outputs, of verwijder hem</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the main output and an auxiliary one</source>
        <translation>&apos;{name}&apos; is zowel de hoofduitvoer als een hulpuitvoer</translation>
    </message>
    <message>
        <source>e.g. &quot;input_shape&quot;: [28, 28, 1] for MNIST or [2] for two features</source>
        <extracomment>An example larger than this is no classroom network&apos;s input (224×224×3 is 150,528 values).</extracomment>
        <translation>bijv. &quot;input_shape&quot;: [28, 28, 1] voor MNIST of [2] voor twee kenmerken</translation>
    </message>
    <message>
        <source>missing input_shape</source>
        <translation>input_shape ontbreekt</translation>
    </message>
    <message>
        <source>input_shape must be a list of positive whole numbers, not {value}</source>
        <translation>input_shape moet een lijst van positieve gehele getallen zijn, niet {value}</translation>
    </message>
    <message>
        <source>input_shape {shape} is far too large (at most {most} per axis and {values} values per example)</source>
        <translation>input_shape {shape} is veel te groot (hoogstens {most} per as en {values} waarden per voorbeeld)</translation>
    </message>
    <message>
        <source>unknown layer type &apos;{name}&apos;</source>
        <translation>onbekend laagtype &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>LayerLab offers: {types}</source>
        <translation>LayerLab biedt: {types}</translation>
    </message>
    <message>
        <source>unknown input &apos;{name}&apos;</source>
        <extracomment>Unknown inputs that get a &quot;did you mean&quot; suggestion; past this, each would cost a search over every id (quadratic for a 10,000-layer file full of dangling inputs).</extracomment>
        <translation>onbekende invoer &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>connect it to an existing layer or to &apos;input&apos;</source>
        <translation>verbind hem met een bestaande laag of met &apos;input&apos;</translation>
    </message>
    <message>
        <source>has no input</source>
        <translation>heeft geen invoer</translation>
    </message>
    <message>
        <source>connect a layer&apos;s output to it</source>
        <translation>verbind de uitvoer van een laag ermee</translation>
    </message>
    <message>
        <source>{layer} needs at least {needed} inputs, got {n}</source>
        <translation>{layer} heeft minstens {needed} invoeren nodig, kreeg er {n}</translation>
    </message>
    <message>
        <source>connect another branch to it</source>
        <translation>verbind er nog een tak mee</translation>
    </message>
    <message>
        <source>{layer} takes one input, got {n} ({inputs})</source>
        <translation>{layer} neemt één invoer, kreeg er {n} ({inputs})</translation>
    </message>
    <message>
        <source>merge them first with Add or Concatenate</source>
        <translation>voeg ze eerst samen met Add of Concatenate</translation>
    </message>
    <message>
        <source>the same input is connected twice</source>
        <translation>dezelfde invoer is twee keer verbonden</translation>
    </message>
    <message>
        <source>connect distinct layers</source>
        <translation>verbind verschillende lagen</translation>
    </message>
    <message>
        <source>not connected to the output &apos;{name}&apos;; its result would be unused</source>
        <translation>niet verbonden met de uitvoer &apos;{name}&apos;; het resultaat zou ongebruikt blijven</translation>
    </message>
    <message>
        <source>connect it into the network, delete it, or make it an auxiliary output</source>
        <translation>verbind hem in het netwerk, verwijder hem of maak er een hulpuitvoer van</translation>
    </message>
    <message>
        <source>output shape {shape} has no values</source>
        <translation>uitvoervorm {shape} heeft geen waarden</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos;, a smaller kernel or a smaller stride</source>
        <translation>gebruik padding=&apos;same&apos;, een kleinere kernel of een kleinere stapgrootte</translation>
    </message>
    <message>
        <source>{layer} needs an image input (height, width, channels); got {shape}</source>
        <translation>{layer} heeft een afbeelding als invoer nodig (hoogte, breedte, kanalen); kreeg {shape}</translation>
    </message>
    <message>
        <source>{layer} needs a 3-D input (height, width, channels); got {shape}</source>
        <translation>{layer} heeft een 3-D-invoer nodig (hoogte, breedte, kanalen); kreeg {shape}</translation>
    </message>
    <message>
        <source>kernel {kernel} does not fit its {size} input</source>
        <translation>kernel {kernel} past niet in zijn invoer van {size}</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos; or a smaller kernel</source>
        <translation>gebruik padding=&apos;same&apos; of een kleinere kernel</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({total} values) to {target} ({values} values)</source>
        <translation>kan {shape} ({total} waarden) niet omvormen tot {target} ({values} waarden)</translation>
    </message>
    <message>
        <source>choose a target_shape whose sizes multiply to {total}</source>
        <translation>kies een target_shape waarvan het product van de maten {total} is</translation>
    </message>
    <message>
        <source>inputs have shapes {shapes}; {layer} needs equal shapes</source>
        <translation>invoeren hebben vormen {shapes}; {layer} heeft gelijke vormen nodig</translation>
    </message>
    <message>
        <source>inputs have shapes {shapes}; Concatenate needs inputs of the same rank</source>
        <translation>invoeren hebben vormen {shapes}; Concatenate heeft invoeren van dezelfde rang nodig</translation>
    </message>
    <message>
        <source>Flatten or Reshape the branches first</source>
        <translation>pas eerst Flatten of Reshape toe op de takken</translation>
    </message>
    <message>
        <source>pool {pool} does not fit its {size} input</source>
        <translation>pooling {pool} past niet in zijn invoer van {size}</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos; or a smaller pool_size</source>
        <translation>gebruik padding=&apos;same&apos; of een kleinere pool_size</translation>
    </message>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <extracomment>Parameter kinds. ``size2`` is an int or a pair (kernel 5 or [5, 3]); ``optional_size2`` also accepts null (pooling strides default to the pool size); ``shape`` is a list of positive ints with at most one -1; ``regularizer`` is null or {&quot;l1&quot;: x}, {&quot;l2&quot;: x}, {&quot;l1&quot;: x, &quot;l2&quot;: y}. ``padding2d`` is n, [rows, columns] or [[top, bottom], [left, right]] of zeros (≥ 0).</extracomment>
        <translation> (bedoelde je &apos;{name}&apos;?)</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>waarschuwing: {text}</translation>
    </message>
</context>
<context>
    <name>ProjectStatusBar</name>
    <message>
        <source>Device: looking…</source>
        <translation>Apparaat: zoeken…</translation>
    </message>
    <message>
        <source>Parameters: {n}</source>
        <translation>Parameters: {n}</translation>
    </message>
    <message>
        <source>Training memory ≈ {size} (batch {batch})</source>
        <translation>Trainingsgeheugen ≈ {size} (batch van {batch})</translation>
    </message>
    <message>
        <source>Training memory: —</source>
        <translation>Trainingsgeheugen: —</translation>
    </message>
    <message>
        <source>Dataset: {name}</source>
        <translation>Dataset: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Device: {n} GPU</source>
        <translation>Apparaat: {n} GPU</translation>
    </message>
    <message>
        <source>Device: CPU (no GPU found)</source>
        <translation>Apparaat: CPU (geen GPU gevonden)</translation>
    </message>
    <message>
        <source>Device: CPU (TensorFlow failed)</source>
        <translation>Apparaat: CPU (TensorFlow mislukt)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&lt;b&gt;input&lt;/b&gt; · the data fed to the network</source>
        <translation>&lt;b&gt;input&lt;/b&gt; · de gegevens die het netwerk krijgt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation>Invoervorm</translation>
    </message>
    <message>
        <source>= pool size</source>
        <translation>= poolinggrootte</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Train a network to see its test results here.</source>
        <translation>Train een netwerk om hier de testresultaten te zien.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Start  (F5)</source>
        <translation>Starten  (F5)</translation>
    </message>
    <message>
        <source>Train the network on the dataset with these settings.</source>
        <translation>Train het netwerk op de dataset met deze instellingen.</translation>
    </message>
    <message>
        <source>Pause  (F6)</source>
        <translation>Pauze  (F6)</translation>
    </message>
    <message>
        <source>Step  (F10)</source>
        <translation>Eén stap  (F10)</translation>
    </message>
    <message>
        <source>Stop  (Shift+F5)</source>
        <translation>Stoppen  (Shift+F5)</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Stapgrootte</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Beginnen vanaf</translation>
    </message>
    <message>
        <source>new random weights</source>
        <translation>nieuwe willekeurige gewichten</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Plots as PNG…</source>
        <translation>Grafieken als PNG…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>Geschiedenis als CSV…</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Kies eerst een dataset in de werkbalk.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Hervat.</translation>
    </message>
    <message>
        <source>Stopped: the weights trained so far are kept.</source>
        <translation>Gestopt: de tot nu toe geleerde gewichten blijven bewaard.</translation>
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
        <translation>stoppen na</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>write logs</source>
        <translation>logs schrijven</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimalisator</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Leersnelheid</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgrootte</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validatie</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Vroeg stoppen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Beginwaarden van de gewichten</translation>
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
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainen</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tekenen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Werkruimten</translation>
    </message>
    <message>
        <source>{title} workspace (Alt+{n})</source>
        <translation>Werkruimte {title} (Alt+{n})</translation>
    </message>
</context>
</TS>
