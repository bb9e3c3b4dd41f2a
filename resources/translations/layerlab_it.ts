<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Accessibility</name>
    <message>
        <source>Network canvas: arrow keys move between layers</source>
        <translation>Area della rete: i tasti freccia passano da un livello all&apos;altro</translation>
    </message>
    <message>
        <source>Layer catalog</source>
        <translation>Catalogo dei livelli</translation>
    </message>
    <message>
        <source>Test examples the network got wrong or right</source>
        <translation>Esempi di test sbagliati o azzeccati dalla rete</translation>
    </message>
    <message>
        <source>Views inside the network</source>
        <translation>Viste dentro la rete</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Grafo computazionale</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>Funzione di perdita</translation>
    </message>
    <message>
        <source>Weights and their gradients</source>
        <translation>Pesi e i loro gradienti</translation>
    </message>
    <message>
        <source>Network with its forward and backward values</source>
        <translation>Rete con i valori in avanti e all&apos;indietro</translation>
    </message>
    <message>
        <source>Convolution layer</source>
        <translation>Livello di convoluzione</translation>
    </message>
    <message>
        <source>Kernel preset</source>
        <translation>Kernel predefinito</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>Pesi del kernel</translation>
    </message>
    <message>
        <source>Weights and biases</source>
        <translation>Pesi e bias</translation>
    </message>
    <message>
        <source>Truth table</source>
        <translation>Tabella di verità</translation>
    </message>
    <message>
        <source>Convolution studies</source>
        <translation>Studi sulla convoluzione</translation>
    </message>
    <message>
        <source>The products that make the current output</source>
        <translation>I prodotti che danno l&apos;uscita corrente</translation>
    </message>
    <message>
        <source>Results of the compared runs</source>
        <translation>Risultati degli addestramenti confrontati</translation>
    </message>
    <message>
        <source>Decision boundary over the plane</source>
        <translation>Confine di decisione sul piano</translation>
    </message>
    <message>
        <source>Embedding method</source>
        <translation>Metodo di embedding</translation>
    </message>
    <message>
        <source>About the selected layer</source>
        <translation>Informazioni sul livello selezionato</translation>
    </message>
    <message>
        <source>Problems of the network</source>
        <translation>Problemi della rete</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>Passo della lezione</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
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
        <translation>I tuoi dati…</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <source>Brush width</source>
        <translation>Larghezza del pennello</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Annulla il tratto</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Save drawing as…</source>
        <translation>Salva il disegno come…</translation>
    </message>
    <message>
        <source>Show in feature maps</source>
        <translation>Mostra nelle mappe di attivazione</translation>
    </message>
    <message>
        <source>The feature-map viewer follows the drawing as you draw</source>
        <translation>Le mappe di attivazione seguono il disegno mentre disegni</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pennello</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>The network sees:</source>
        <translation>La rete vede:</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow si sta ancora caricando…</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Mappe di attivazione</translation>
    </message>
    <message>
        <source>Why this answer</source>
        <translation>Perché questa risposta</translation>
    </message>
    <message>
        <source>What it sees</source>
        <translation>Cosa vede</translation>
    </message>
    <message>
        <source>What a unit wants</source>
        <translation>Cosa cerca un&apos;unità</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Confine di decisione</translation>
    </message>
    <message>
        <source>Weights by hand</source>
        <translation>Pesi a mano</translation>
    </message>
    <message>
        <source>Backprop by hand</source>
        <translation>Retropropagazione a mano</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>Regola del percettrone</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienti</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Attivazioni</translation>
    </message>
    <message>
        <source>Fitted curve</source>
        <translation>Curva adattata</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Grafo computazionale</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Search layers…</source>
        <translation>Cerca un livello…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fit the output layer</source>
        <translation>Adatta il livello di uscita</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Livelli</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Dentro la rete</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Disegna una cifra</translation>
    </message>
    <message>
        <source> Dataset: </source>
        <translation> Dataset: </translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la lingua del sistema</translation>
    </message>
    <message>
        <source>LayerLab will speak {language} when it starts again. Restart now? (You are asked to save your work first.)</source>
        <translation>LayerLab userà {language} al prossimo avvio. Riavviare ora? (Ti verrà chiesto prima di salvare il lavoro.)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>L&apos;addestramento è in corso</translation>
    </message>
    <message>
        <source>Stop the training and quit LayerLab?</source>
        <translation>Fermare l&apos;addestramento e uscire da LayerLab?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>&amp;Informazioni su LayerLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Nuovo da &amp;modello</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Load &amp;weights into this network…</source>
        <translation>Carica i &amp;pesi in questa rete…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salva &amp;come…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Network summary (text)…</source>
        <translation>Riepilogo della rete (testo)…</translation>
    </message>
    <message>
        <source>Canvas picture (PNG)…</source>
        <translation>Immagine dell&apos;area di lavoro (PNG)…</translation>
    </message>
    <message>
        <source>Network diagram, whole (SVG or PNG)…</source>
        <translation>Diagramma completo della rete (SVG o PNG)…</translation>
    </message>
    <message>
        <source>Figure under the mouse (SVG or PNG)…</source>
        <translation>Figura sotto il mouse (SVG o PNG)…</translation>
    </message>
    <message>
        <source>Model with its weights (.keras)…</source>
        <translation>Modello con i suoi pesi (.keras)…</translation>
    </message>
    <message>
        <source>Weights only (.weights.h5)…</source>
        <translation>Solo i pesi (.weights.h5)…</translation>
    </message>
    <message>
        <source>Keras script (one device)…</source>
        <translation>Script Keras (un dispositivo)…</translation>
    </message>
    <message>
        <source>Keras script for several GPUs (MirroredStrategy)…</source>
        <translation>Script Keras per più GPU (MirroredStrategy)…</translation>
    </message>
    <message>
        <source>Keras script for several computers (MultiWorkerMirroredStrategy)…</source>
        <translation>Script Keras per più computer (MultiWorkerMirroredStrategy)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleziona &amp;tutto</translation>
    </message>
    <message>
        <source>Copy &amp;figure</source>
        <translation>Copia la &amp;figura</translation>
    </message>
    <message>
        <source>&amp;Find a layer to add…</source>
        <translation>&amp;Cerca un livello da aggiungere…</translation>
    </message>
    <message>
        <source>Insert ma&amp;xout unit</source>
        <translation>Inserisci un&apos;unità ma&amp;xout</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modalità &amp;presentazione</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>&amp;Dimensione normale del testo</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>Colori adatti ai &amp;daltonici</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Zoom the network &amp;in</source>
        <translation>&amp;Ingrandisci la rete</translation>
    </message>
    <message>
        <source>Zoom the network &amp;out</source>
        <translation>&amp;Rimpicciolisci la rete</translation>
    </message>
    <message>
        <source>&amp;Fit the network to the view</source>
        <translation>&amp;Adatta la rete alla vista</translation>
    </message>
    <message>
        <source>&amp;Tidy layout</source>
        <translation>&amp;Riordina la disposizione</translation>
    </message>
    <message>
        <source>Show shapes on &amp;edges</source>
        <translation>Mostra le forme sui &amp;collegamenti</translation>
    </message>
    <message>
        <source>Inside the &amp;network</source>
        <translation>Dentro la &amp;rete</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtri</translation>
    </message>
    <message>
        <source>Feature &amp;maps</source>
        <translation>&amp;Mappe di attivazione</translation>
    </message>
    <message>
        <source>&amp;Why this answer</source>
        <translation>&amp;Perché questa risposta</translation>
    </message>
    <message>
        <source>What it &amp;sees (embedding)</source>
        <translation>Cosa &amp;vede (embedding)</translation>
    </message>
    <message>
        <source>What a &amp;unit wants</source>
        <translation>Cosa cerca un&apos;&amp;unità</translation>
    </message>
    <message>
        <source>&amp;Decision boundary</source>
        <translation>Confine di &amp;decisione</translation>
    </message>
    <message>
        <source>&amp;Weights by hand</source>
        <translation>P&amp;esi a mano</translation>
    </message>
    <message>
        <source>Computational &amp;graph</source>
        <translation>&amp;Grafo computazionale</translation>
    </message>
    <message>
        <source>&amp;Backprop by hand</source>
        <translation>Retropropagazione a &amp;mano</translation>
    </message>
    <message>
        <source>&amp;Perceptron rule</source>
        <translation>Regola del p&amp;ercettrone</translation>
    </message>
    <message>
        <source>Gradients while &amp;training</source>
        <translation>Gradienti durante l&apos;&amp;addestramento</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>A&amp;ttivazioni</translation>
    </message>
    <message>
        <source>Fitted &amp;curve</source>
        <translation>C&amp;urva adattata</translation>
    </message>
    <message>
        <source>&amp;Draw a digit</source>
        <translation>&amp;Disegna una cifra</translation>
    </message>
    <message>
        <source>Convolution &amp;sandbox</source>
        <translation>Laboratorio di &amp;convoluzione</translation>
    </message>
    <message>
        <source>E&amp;xperiment board</source>
        <translation>Tabella degli e&amp;sperimenti</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lezioni</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Addestramento</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>&amp;Pause or go on</source>
        <translation>&amp;Pausa o riprendi</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Un passo</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>F&amp;inestra</translation>
    </message>
    <message>
        <source>{title} workspace</source>
        <translation>Spazio «{title}»</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Ripristina la disposizione</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>AlexNet-style</source>
        <translation>Stile AlexNet</translation>
    </message>
    <message>
        <source>Deep relu stack (10 × 16)</source>
        <translation>Pila profonda relu (10 × 16)</translation>
    </message>
    <message>
        <source>Deep sigmoid stack (10 × 16)</source>
        <translation>Pila profonda sigmoide (10 × 16)</translation>
    </message>
    <message>
        <source>GoogLeNet-style</source>
        <translation>Stile GoogLeNet</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5 (rete convoluzionale)</translation>
    </message>
    <message>
        <source>MNIST MLP 784-512-512-10</source>
        <translation>MLP per MNIST 784-512-512-10</translation>
    </message>
    <message>
        <source>Perceptron (AND)</source>
        <translation>Percettrone (AND)</translation>
    </message>
    <message>
        <source>Small ResNet</source>
        <translation>ResNet piccola</translation>
    </message>
    <message>
        <source>Sine fit (1-16-1)</source>
        <translation>Adattamento di un seno (1-16-1)</translation>
    </message>
    <message>
        <source>Spirals MLP (2-16-16-2)</source>
        <translation>MLP a spirale (2-16-16-2)</translation>
    </message>
    <message>
        <source>U-Net-style</source>
        <translation>Stile U-Net</translation>
    </message>
    <message>
        <source>Small VGG</source>
        <translation>VGG piccola</translation>
    </message>
    <message>
        <source>XOR MLP (2-2-1)</source>
        <translation>MLP per XOR (2-2-1)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>duplicate id &apos;{id}&apos;</source>
        <translation>id «{id}» duplicato</translation>
    </message>
    <message>
        <source>give every layer its own id</source>
        <translation>dai a ogni livello un id diverso</translation>
    </message>
    <message>
        <source>the id &apos;input&apos; names the network input</source>
        <translation>l&apos;id «input» indica l&apos;ingresso della rete</translation>
    </message>
    <message>
        <source>rename this layer</source>
        <translation>rinomina questo livello</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; has characters Keras does not accept in layer names</source>
        <translation>l&apos;id «{id}» contiene caratteri che Keras non accetta nei nomi dei livelli</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>usa lettere, cifre, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;</translation>
    </message>
    <message>
        <source>the connections form a cycle: {path}</source>
        <translation>i collegamenti formano un ciclo: {path}</translation>
    </message>
    <message>
        <source>remove one of these edges</source>
        <translation>elimina uno di questi collegamenti</translation>
    </message>
    <message>
        <source>output &apos;{name}&apos; is not a layer</source>
        <translation>l&apos;uscita «{name}» non è un livello</translation>
    </message>
    <message>
        <source>name an existing layer, or leave &apos;output&apos; out to use the last layer</source>
        <translation>indica un livello esistente, oppure ometti «output» per usare l&apos;ultimo livello</translation>
    </message>
    <message>
        <source>the network has no layers</source>
        <translation>la rete non ha livelli</translation>
    </message>
    <message>
        <source>add a layer from the palette</source>
        <translation>aggiungi un livello dalla tavolozza</translation>
    </message>
    <message>
        <source>auxiliary output &apos;{name}&apos; is not a layer</source>
        <translation>l&apos;uscita ausiliaria «{name}» non è un livello</translation>
    </message>
    <message>
        <source>name an existing layer in aux_outputs, or remove it</source>
        <translation>indica un livello esistente in aux_outputs, oppure toglilo</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the main output and an auxiliary one</source>
        <translation>«{name}» è sia l&apos;uscita principale sia un&apos;uscita ausiliaria</translation>
    </message>
    <message>
        <source>e.g. &quot;input_shape&quot;: [28, 28, 1] for MNIST or [2] for two features</source>
        <extracomment>An example larger than this is no classroom network&apos;s input (224×224×3 is 150,528 values).</extracomment>
        <translation>ad es. &quot;input_shape&quot;: [28, 28, 1] per MNIST o [2] per due variabili</translation>
    </message>
    <message>
        <source>missing input_shape</source>
        <translation>manca input_shape</translation>
    </message>
    <message>
        <source>input_shape must be a list of positive whole numbers, not {value}</source>
        <translation>input_shape deve essere un elenco di interi positivi, non {value}</translation>
    </message>
    <message>
        <source>input_shape {shape} is far too large (at most {most} per axis and {values} values per example)</source>
        <translation>input_shape {shape} è troppo grande (al massimo {most} per asse e {values} valori per esempio)</translation>
    </message>
    <message>
        <source>unknown layer type &apos;{name}&apos;</source>
        <translation>tipo di livello sconosciuto «{name}»</translation>
    </message>
    <message>
        <source>LayerLab offers: {types}</source>
        <translation>LayerLab offre: {types}</translation>
    </message>
    <message>
        <source>unknown input &apos;{name}&apos;</source>
        <extracomment>Unknown inputs that get a &quot;did you mean&quot; suggestion; past this, each would cost a search over every id (quadratic for a 10,000-layer file full of dangling inputs).</extracomment>
        <translation>ingresso sconosciuto «{name}»</translation>
    </message>
    <message>
        <source>connect it to an existing layer or to &apos;input&apos;</source>
        <translation>collegalo a un livello esistente o a «input»</translation>
    </message>
    <message>
        <source>has no input</source>
        <translation>non ha ingressi</translation>
    </message>
    <message>
        <source>connect a layer&apos;s output to it</source>
        <translation>collegagli l&apos;uscita di un livello</translation>
    </message>
    <message>
        <source>{layer} needs at least {needed} inputs, got {n}</source>
        <translation>{layer} richiede almeno {needed} ingressi, ne ha {n}</translation>
    </message>
    <message>
        <source>connect another branch to it</source>
        <translation>collegagli un altro ramo</translation>
    </message>
    <message>
        <source>{layer} takes one input, got {n} ({inputs})</source>
        <translation>{layer} accetta un solo ingresso, ne ha {n} ({inputs})</translation>
    </message>
    <message>
        <source>merge them first with Add or Concatenate</source>
        <translation>uniscili prima con Add o Concatenate</translation>
    </message>
    <message>
        <source>the same input is connected twice</source>
        <translation>lo stesso ingresso è collegato due volte</translation>
    </message>
    <message>
        <source>connect distinct layers</source>
        <translation>collega livelli diversi</translation>
    </message>
    <message>
        <source>not connected to the output &apos;{name}&apos;; its result would be unused</source>
        <translation>non è collegato all&apos;uscita «{name}»; il suo risultato non verrebbe usato</translation>
    </message>
    <message>
        <source>connect it into the network, delete it, or make it an auxiliary output</source>
        <translation>collegalo alla rete, eliminalo o rendilo un&apos;uscita ausiliaria</translation>
    </message>
    <message>
        <source>output shape {shape} has no values</source>
        <translation>la forma di uscita {shape} non ha valori</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos;, a smaller kernel or a smaller stride</source>
        <translation>usa padding=&apos;same&apos;, un kernel più piccolo o un passo più piccolo</translation>
    </message>
    <message>
        <source>{layer} needs an image input (height, width, channels); got {shape}</source>
        <translation>{layer} richiede un&apos;immagine in ingresso (altezza, larghezza, canali); ricevuto {shape}</translation>
    </message>
    <message>
        <source>{layer} needs a 3-D input (height, width, channels); got {shape}</source>
        <translation>{layer} richiede un ingresso 3-D (altezza, larghezza, canali); ricevuto {shape}</translation>
    </message>
    <message>
        <source>kernel {kernel} does not fit its {size} input</source>
        <translation>il kernel {kernel} non entra nel suo ingresso {size}</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos; or a smaller kernel</source>
        <translation>usa padding=&apos;same&apos; o un kernel più piccolo</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({total} values) to {target} ({values} values)</source>
        <translation>impossibile rimodellare {shape} ({total} valori) in {target} ({values} valori)</translation>
    </message>
    <message>
        <source>choose a target_shape whose sizes multiply to {total}</source>
        <translation>scegli un target_shape le cui dimensioni moltiplicate diano {total}</translation>
    </message>
    <message>
        <source>inputs have shapes {shapes}; {layer} needs equal shapes</source>
        <translation>gli ingressi hanno forme {shapes}; {layer} richiede forme uguali</translation>
    </message>
    <message>
        <source>inputs have shapes {shapes}; Concatenate needs inputs of the same rank</source>
        <translation>gli ingressi hanno forme {shapes}; Concatenate richiede ingressi dello stesso rango</translation>
    </message>
    <message>
        <source>Flatten or Reshape the branches first</source>
        <translation>applica prima Flatten o Reshape ai rami</translation>
    </message>
    <message>
        <source>pool {pool} does not fit its {size} input</source>
        <translation>la finestra di pooling {pool} non entra nel suo ingresso {size}</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos; or a smaller pool_size</source>
        <translation>usa padding=&apos;same&apos; o un pool_size più piccolo</translation>
    </message>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <extracomment>Parameter kinds. ``size2`` is an int or a pair (kernel 5 or [5, 3]); ``optional_size2`` also accepts null (pooling strides default to the pool size); ``shape`` is a list of positive ints with at most one -1; ``regularizer`` is null or {&quot;l1&quot;: x}, {&quot;l2&quot;: x}, {&quot;l1&quot;: x, &quot;l2&quot;: y}. ``padding2d`` is n, [rows, columns] or [[top, bottom], [left, right]] of zeros (≥ 0).</extracomment>
        <translation> (forse intendevi «{name}»?)</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>avviso: {text}</translation>
    </message>
</context>
<context>
    <name>ProjectStatusBar</name>
    <message>
        <source>Device: looking…</source>
        <translation>Dispositivo: ricerca…</translation>
    </message>
    <message>
        <source>Parameters: {n}</source>
        <translation>Parametri: {n}</translation>
    </message>
    <message>
        <source>Training memory ≈ {size} (batch {batch})</source>
        <translation>Memoria per l&apos;addestramento ≈ {size} (batch di {batch})</translation>
    </message>
    <message>
        <source>Training memory: —</source>
        <translation>Memoria per l&apos;addestramento: —</translation>
    </message>
    <message>
        <source>Dataset: {name}</source>
        <translation>Dataset: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Device: {n} GPU</source>
        <translation>Dispositivo: {n} GPU</translation>
    </message>
    <message>
        <source>Device: CPU (no GPU found)</source>
        <translation>Dispositivo: CPU (nessuna GPU trovata)</translation>
    </message>
    <message>
        <source>Device: CPU (TensorFlow failed)</source>
        <translation>Dispositivo: CPU (TensorFlow non funziona)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&lt;b&gt;input&lt;/b&gt; · the data fed to the network</source>
        <translation>&lt;b&gt;input&lt;/b&gt; · i dati forniti alla rete</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation>Forma di ingresso</translation>
    </message>
    <message>
        <source>= pool size</source>
        <translation>= dimensione del pooling</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Train a network to see its test results here.</source>
        <translation>Addestra una rete per vedere qui i risultati del test.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Addestramento…</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Start  (F5)</source>
        <translation>Avvia  (F5)</translation>
    </message>
    <message>
        <source>Train the network on the dataset with these settings.</source>
        <translation>Addestra la rete sul dataset con queste impostazioni.</translation>
    </message>
    <message>
        <source>Pause  (F6)</source>
        <translation>Pausa  (F6)</translation>
    </message>
    <message>
        <source>Step  (F10)</source>
        <translation>Un passo  (F10)</translation>
    </message>
    <message>
        <source>Stop  (Shift+F5)</source>
        <translation>Ferma  (Maiusc+F5)</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Dimensione del passo</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Parti da</translation>
    </message>
    <message>
        <source>new random weights</source>
        <translation>nuovi pesi casuali</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Plots as PNG…</source>
        <translation>Grafici in PNG…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>Cronologia in CSV…</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Scegli prima un dataset nella barra degli strumenti.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Ripreso.</translation>
    </message>
    <message>
        <source>Stopped: the weights trained so far are kept.</source>
        <translation>Fermato: i pesi appresi finora sono conservati.</translation>
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
        <translation>ferma dopo</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>write logs</source>
        <translation>scrivi i log</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Ottimizzatore</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasso di apprendimento</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Dimensione del batch</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Arresto anticipato</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Pesi iniziali</translation>
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
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Addestra</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Esamina</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Disegna</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Spazi di lavoro</translation>
    </message>
    <message>
        <source>{title} workspace (Alt+{n})</source>
        <translation>Spazio «{title}» (Alt+{n})</translation>
    </message>
</context>
</TS>
