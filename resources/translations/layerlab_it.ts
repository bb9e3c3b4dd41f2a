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
    <name>ActivationExplorer</name>
    <message>
        <source>Mark where this layer&apos;s units are for a test example</source>
        <translation>Segna dove si trovano le unità di questo livello per un esempio di test</translation>
    </message>
    <message>
        <source>&lt;b&gt;Softmax&lt;/b&gt; of a vector z (type numbers):</source>
        <translation>&lt;b&gt;Softmax&lt;/b&gt; di un vettore z (scrivi dei numeri):</translation>
    </message>
    <message>
        <source>Type numbers separated by spaces, e.g. 2 1 0.1</source>
        <translation>Scrivi numeri separati da spazi, ad es. 2 1 0.1</translation>
    </message>
    <message>
        <source>Type between 1 and 20 numbers.</source>
        <translation>Scrivi da 1 a 20 numeri.</translation>
    </message>
</context>
<context>
    <name>BackpropView</name>
    <message>
        <source>Which training example goes through the network</source>
        <translation>Quale esempio di addestramento attraversa la rete</translation>
    </message>
    <message>
        <source>The example&apos;s inputs; type your own numbers, space separated</source>
        <translation>Gli ingressi dell&apos;esempio; scrivi i tuoi numeri separati da spazi</translation>
    </message>
    <message>
        <source>The target: one value per output, or a class number</source>
        <translation>Il bersaglio: un valore per uscita, o un numero di classe</translation>
    </message>
    <message>
        <source>α, the learning rate of the update (the Training settings&apos; rate)</source>
        <translation>α, il tasso di apprendimento dell&apos;aggiornamento (quello delle impostazioni di addestramento)</translation>
    </message>
    <message>
        <source>|◀ Start</source>
        <translation>|◀ Inizio</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Indietro</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Avanti ▶</translation>
    </message>
    <message>
        <source>Apply update to the network</source>
        <translation>Applica l&apos;aggiornamento alla rete</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next ▶ runs the example forward, then finds the loss.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Avanti ▶ propaga l&apos;esempio in avanti, poi calcola la perdita.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>output {shape} · {n} parameters</source>
        <translation>uscita {shape} · {n} parametri</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or press Enter to add it after the selected layer.</source>
        <translation>Trascinalo sull&apos;area di lavoro, o premi Invio per aggiungerlo dopo il livello selezionato.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convoluzione</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regolarizzazione</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unione</translation>
    </message>
    <message>
        <source>A convolution slides small learned kernels over the image. Each kernel looks at a small window through all input channels and produces one feature map, so the same weights detect the same pattern (an edge, a curve) anywhere in the image. Padding &apos;same&apos; keeps the size; a stride above 1 skips positions and shrinks the output.</source>
        <translation>Una convoluzione fa scorrere piccoli kernel appresi sull&apos;immagine. Ogni kernel guarda una piccola finestra attraverso tutti i canali di ingresso e produce una mappa di attivazione: gli stessi pesi riconoscono lo stesso motivo (un bordo, una curva) ovunque nell&apos;immagine. Il padding &apos;same&apos; mantiene la dimensione; un passo maggiore di 1 salta posizioni e riduce l&apos;uscita.</translation>
    </message>
    <message>
        <source>output size = ⌊(n + 2p − f)/s⌋ + 1</source>
        <translation>dimensione di uscita = ⌊(n + 2p − f)/s⌋ + 1</translation>
    </message>
    <message>
        <source>parameters = (f·f·c_in + 1)·c_out</source>
        <translation>parametri = (f·f·c_in + 1)·c_out</translation>
    </message>
    <message>
        <source>A transposed convolution (sometimes called deconvolution) goes the other way: each input value stamps a copy of the kernel, scaled by the value, onto a larger output, the stamps stride apart and added where they overlap. With stride 2 it doubles the height and width: the learned &apos;unpooling&apos; of a U-Net&apos;s decoder.</source>
        <translation>Una convoluzione trasposta (a volte chiamata deconvoluzione) va nell&apos;altro senso: ogni valore di ingresso stampa una copia del kernel, scalata dal valore, su un&apos;uscita più grande; le stampe distano un passo e si sommano dove si sovrappongono. Con passo 2 raddoppia altezza e larghezza: l&apos;«unpooling» appreso del decoder di una U-Net.</translation>
    </message>
    <message>
        <source>output size = n·s + max(f − s, 0)  (&apos;same&apos;: n·s)</source>
        <translation>dimensione di uscita = n·s + max(f − s, 0)  (&apos;same&apos;: n·s)</translation>
    </message>
    <message>
        <source>A depthwise convolution gives every input channel its own kernel and does not mix channels: 32 channels in, 32 maps out (times the depth multiplier). It needs far fewer weights than a Conv2D, which also sums over all input channels.</source>
        <translation>Una convoluzione depthwise dà a ogni canale di ingresso il proprio kernel e non mescola i canali: 32 canali in ingresso, 32 mappe in uscita (per il moltiplicatore di profondità). Richiede molti meno pesi di una Conv2D, che somma anche su tutti i canali di ingresso.</translation>
    </message>
    <message>
        <source>output channels = c_in·multiplier</source>
        <translation>canali di uscita = c_in·moltiplicatore</translation>
    </message>
    <message>
        <source>parameters = (f·f + 1)·c_in·multiplier</source>
        <translation>parametri = (f·f + 1)·c_in·moltiplicatore</translation>
    </message>
    <message>
        <source>A separable convolution splits a Conv2D in two: a depthwise step (one spatial kernel per channel) and a 1×1 convolution that mixes the channels. Nearly the same power for a fraction of the weights; Xception and MobileNet are built from it.</source>
        <translation>Una convoluzione separabile divide una Conv2D in due: un passo depthwise (un kernel spaziale per canale) e una convoluzione 1×1 che mescola i canali. Quasi la stessa potenza con una frazione dei pesi; Xception e MobileNet sono costruite così.</translation>
    </message>
    <message>
        <source>parameters = f·f·c_in·m + c_in·m·c_out + c_out</source>
        <translation>parametri = f·f·c_in·m + c_in·m·c_out + c_out</translation>
    </message>
    <message>
        <source>A fully connected layer: every output neuron computes a weighted sum of all its inputs plus a bias, then applies the activation. A single Dense unit with a step or sigmoid activation is the perceptron; stacking Dense layers with non-linear activations gives a multi-layer perceptron that can learn XOR.</source>
        <translation>Un livello completamente connesso: ogni neurone di uscita calcola una somma pesata di tutti i suoi ingressi più un bias, poi applica l&apos;attivazione. Una sola unità Dense con attivazione a gradino o sigmoide è il percettrone; impilando livelli Dense con attivazioni non lineari si ottiene un percettrone multistrato che può imparare lo XOR.</translation>
    </message>
    <message>
        <source>output = activation(x·W + b)</source>
        <translation>uscita = attivazione(x·W + b)</translation>
    </message>
    <message>
        <source>parameters = n_in·n_out + n_out</source>
        <translation>parametri = n_in·n_out + n_out</translation>
    </message>
    <message>
        <source>Flatten unrolls a block of values into one long vector, e.g. 5×5×16 feature maps into 400 numbers, so Dense layers can follow. It changes the shape, not the values.</source>
        <translation>Flatten srotola un blocco di valori in un lungo vettore, ad es. mappe 5×5×16 in 400 numeri, perché possano seguire livelli Dense. Cambia la forma, non i valori.</translation>
    </message>
    <message>
        <source>output = (h·w·c,)</source>
        <translation>uscita = (h·w·c,)</translation>
    </message>
    <message>
        <source>parameters = 0</source>
        <translation>parametri = 0</translation>
    </message>
    <message>
        <source>Reshape rearranges the same values into a new shape, e.g. a 784-vector into a 28×28×1 image. The number of values must stay the same.</source>
        <translation>Reshape riordina gli stessi valori in una nuova forma, ad es. un vettore di 784 in un&apos;immagine 28×28×1. Il numero di valori deve restare lo stesso.</translation>
    </message>
    <message>
        <source>product of the new sizes = product of the old</source>
        <translation>prodotto delle nuove dimensioni = prodotto delle vecchie</translation>
    </message>
    <message>
        <source>Applies a non-linear function to every value separately. Without non-linearities, any stack of layers is just one linear map. relu is the usual choice inside networks, sigmoid for one yes/no output, softmax to turn scores into class probabilities.</source>
        <translation>Applica una funzione non lineare a ogni valore separatamente. Senza non linearità, qualsiasi pila di livelli è una sola mappa lineare. relu è la scelta abituale dentro le reti, sigmoid per un&apos;uscita sì/no, softmax per trasformare punteggi in probabilità delle classi.</translation>
    </message>
    <message>
        <source>y = f(x), element by element</source>
        <translation>y = f(x), elemento per elemento</translation>
    </message>
    <message>
        <source>ReLU that keeps a small slope for negative inputs, so a unit whose input is negative still gets a gradient and cannot &apos;die&apos;. The slope is yours to choose.</source>
        <translation>Una ReLU che mantiene una piccola pendenza per gli ingressi negativi, così un&apos;unità con ingresso negativo riceve ancora un gradiente e non può «morire». La pendenza la scegli tu.</translation>
    </message>
    <message>
        <source>y = x if x &gt; 0, else slope · x</source>
        <translation>y = x se x &gt; 0, altrimenti pendenza · x</translation>
    </message>
    <message>
        <source>y&apos; = 1 if x &gt; 0, else slope</source>
        <translation>y&apos; = 1 se x &gt; 0, altrimenti pendenza</translation>
    </message>
    <message>
        <source>Exponential linear unit: x for positive inputs, a smooth curve α(eˣ − 1) down to −α for negative ones. Its outputs average closer to zero than ReLU&apos;s.</source>
        <translation>Unità lineare esponenziale: x per ingressi positivi, una curva morbida α(eˣ − 1) che scende fino a −α per quelli negativi. Le sue uscite hanno media più vicina a zero di quelle di ReLU.</translation>
    </message>
    <message>
        <source>y = x if x &gt; 0, else α(eˣ − 1)</source>
        <translation>y = x se x &gt; 0, altrimenti α(eˣ − 1)</translation>
    </message>
    <message>
        <source>y&apos; = 1 if x &gt; 0, else α·eˣ</source>
        <translation>y&apos; = 1 se x &gt; 0, altrimenti α·eˣ</translation>
    </message>
    <message>
        <source>A layer from an imported Keras file that LayerLab&apos;s catalog does not offer. LayerLab shows the output shape and parameter count Keras computed for it and lets Keras rebuild it from its own configuration, but cannot explain or edit it; its shape is only known for the input it was imported with.</source>
        <translation>Un livello di un file Keras importato che il catalogo di LayerLab non offre. LayerLab mostra la forma di uscita e il numero di parametri calcolati da Keras e lascia che Keras lo ricostruisca dalla sua configurazione, ma non può spiegarlo né modificarlo; la sua forma è nota solo per l&apos;ingresso con cui è stato importato.</translation>
    </message>
    <message>
        <source>as Keras computes it (imported)</source>
        <translation>come lo calcola Keras (importato)</translation>
    </message>
    <message>
        <source>Adds its inputs element by element. This is the skip connection of ResNet: a block learns only a correction F(x) to its input, y = x + F(x), which lets very deep networks train. All inputs must have the same shape.</source>
        <translation>Somma i suoi ingressi elemento per elemento. È la connessione residua di ResNet: un blocco impara solo una correzione F(x) del suo ingresso, y = x + F(x), il che permette di addestrare reti molto profonde. Tutti gli ingressi devono avere la stessa forma.</translation>
    </message>
    <message>
        <source>y = x₁ + x₂ + …</source>
        <translation>y = x₁ + x₂ + … (elemento per elemento)</translation>
    </message>
    <message>
        <source>Joins its inputs side by side along one axis, usually the channels: the Inception block runs 1×1, 3×3 and 5×5 convolutions in parallel and concatenates their maps.</source>
        <translation>Affianca i suoi ingressi lungo un asse, di solito i canali: il blocco Inception esegue convoluzioni 1×1, 3×3 e 5×5 in parallelo e ne concatena le mappe.</translation>
    </message>
    <message>
        <source>channels out = c₁ + c₂ + …</source>
        <translation>canali in uscita = c₁ + c₂ + …</translation>
    </message>
    <message>
        <source>y = max(x₁, x₂, …), element by element</source>
        <translation>y = max(x₁, x₂, …), elemento per elemento</translation>
    </message>
    <message>
        <source>Keeps, at each position, the largest of its inputs. Two or more Dense branches of the same size joined by Maximum form a maxout unit: a learned piecewise-linear activation (ReLU is the maxout of x and 0).</source>
        <translation>Tiene, in ogni posizione, il più grande dei suoi ingressi. Due o più rami Dense della stessa dimensione uniti da Maximum formano un&apos;unità maxout: un&apos;attivazione lineare a tratti appresa (ReLU è il maxout di x e 0).</translation>
    </message>
    <message>
        <source>y = min(x₁, x₂, …), element by element</source>
        <translation>y = min(x₁, x₂, …), elemento per elemento</translation>
    </message>
    <message>
        <source>Keeps, at each position, the smallest of its inputs, the mirror image of Maximum: with a constant branch it caps values from above. All inputs must have the same shape, and nothing is learned.</source>
        <translation>Tiene, in ogni posizione, il più piccolo dei suoi ingressi, l&apos;immagine speculare di Maximum: con un ramo costante limita i valori dall&apos;alto. Tutti gli ingressi devono avere la stessa forma, e non si impara nulla.</translation>
    </message>
    <message>
        <source>y = x₁ · x₂ · …, element by element</source>
        <translation>y = x₁ · x₂ · …, elemento per elemento</translation>
    </message>
    <message>
        <source>Multiplies its inputs position by position: a gate, where one branch (often a sigmoid between 0 and 1) decides how much of the other passes. Inputs must have the same shape.</source>
        <translation>Moltiplica i suoi ingressi posizione per posizione: una porta, in cui un ramo (spesso una sigmoide tra 0 e 1) decide quanto dell&apos;altro passa. Gli ingressi devono avere la stessa forma.</translation>
    </message>
    <message>
        <source>Max pooling keeps the largest value of each window in every channel. It shrinks the feature maps (2×2 halves height and width), keeps the strongest responses, and makes the network tolerant of small shifts. It has no weights.</source>
        <translation>Il max pooling tiene il valore più grande di ogni finestra in ogni canale. Riduce le mappe (2×2 dimezza altezza e larghezza), conserva le risposte più forti e rende la rete tollerante ai piccoli spostamenti. Non ha pesi.</translation>
    </message>
    <message>
        <source>output size = ⌊(n − f)/s⌋ + 1</source>
        <translation>dimensione di uscita = ⌊(n − f)/s⌋ + 1</translation>
    </message>
    <message>
        <source>Average pooling replaces each window by its mean in every channel, shrinking the feature maps smoothly (LeNet-5 used it). It has no weights.</source>
        <translation>L&apos;average pooling sostituisce ogni finestra con la sua media in ogni canale, riducendo le mappe in modo morbido (LeNet-5 lo usava). Non ha pesi.</translation>
    </message>
    <message>
        <source>Global average pooling reduces each feature map to its mean, one number per channel. ResNet uses it instead of Flatten + big Dense layers: far fewer parameters and any image size works.</source>
        <translation>Il global average pooling riduce ogni mappa alla sua media, un numero per canale. ResNet lo usa al posto di Flatten + grandi livelli Dense: molti meno parametri e va bene ogni dimensione d&apos;immagine.</translation>
    </message>
    <message>
        <source>output = (channels,)</source>
        <translation>uscita = (canali,)</translation>
    </message>
    <message>
        <source>Global max pooling reduces each feature map to its largest value: &apos;was this pattern anywhere in the image?&apos;, one number per channel.</source>
        <translation>Il global max pooling riduce ogni mappa al suo valore più grande: «questo motivo c&apos;era da qualche parte nell&apos;immagine?», un numero per canale.</translation>
    </message>
    <message>
        <source>During training, Dropout sets a random fraction of its inputs to zero at every step (and scales the rest up), so no unit can rely on any single other unit; this reduces overfitting. At test time it passes everything through.</source>
        <translation>Durante l&apos;addestramento, Dropout azzera a ogni passo una frazione casuale dei suoi ingressi (e ingrandisce il resto), così nessuna unità può contare su un&apos;altra in particolare; questo riduce l&apos;overfitting. Al test lascia passare tutto.</translation>
    </message>
    <message>
        <source>training: y = x·mask/(1 − rate)</source>
        <translation>addestramento: y = x·maschera/(1 − tasso)</translation>
    </message>
    <message>
        <source>Batch normalization standardises each channel over the mini-batch (mean 0, variance 1), then applies a learned scale γ and offset β. It keeps activations well-scaled, allows larger learning rates and speeds up training. At test time it uses moving averages gathered during training.</source>
        <translation>La batch normalization standardizza ogni canale sul mini-batch (media 0, varianza 1), poi applica una scala γ e uno spostamento β appresi. Mantiene le attivazioni ben scalate, permette tassi di apprendimento maggiori e accelera l&apos;addestramento. Al test usa medie mobili raccolte durante l&apos;addestramento.</translation>
    </message>
    <message>
        <source>y = γ·(x − μ)/√(σ² + ε) + β</source>
        <translation>y = γ·(x − μ)/√(σ² + ε) + β (per canale)</translation>
    </message>
    <message>
        <source>parameters = 4·channels (2 trained, 2 not)</source>
        <translation>parametri = 4·canali (2 addestrati, 2 no)</translation>
    </message>
    <message>
        <source>Layer normalization standardises each example on its own, over its features (mean 0, variance 1), then applies a learned scale γ and offset β per feature. Unlike batch normalization it does not depend on the other examples of the batch, so it behaves the same in training and at test time; transformers use it.</source>
        <translation>La layer normalization standardizza ogni esempio da solo, sulle sue caratteristiche (media 0, varianza 1), poi applica una scala γ e uno spostamento β appresi per caratteristica. A differenza della batch normalization non dipende dagli altri esempi del batch, quindi si comporta allo stesso modo in addestramento e al test; i transformer la usano.</translation>
    </message>
    <message>
        <source>y = γ·(x − μ)/√(σ² + ε) + β, μ and σ² of one example</source>
        <translation>y = γ·(x − μ)/√(σ² + ε) + β, μ e σ² di un solo esempio</translation>
    </message>
    <message>
        <source>parameters = 2·features</source>
        <translation>parametri = 2·caratteristiche</translation>
    </message>
    <message>
        <source>Adds rows and columns of zeros around each feature map. A following &apos;valid&apos; convolution then sees the border pixels as often as the middle ones, and the output does not shrink: p = (f − 1)/2 zeros keep the size for an f×f kernel.</source>
        <translation>Aggiunge righe e colonne di zeri intorno a ogni mappa. Una convoluzione &apos;valid&apos; successiva vede allora i pixel del bordo tanto spesso quanto quelli centrali, e l&apos;uscita non si riduce: p = (f − 1)/2 zeri mantengono la dimensione per un kernel f×f.</translation>
    </message>
    <message>
        <source>output = (h + top + bottom, w + left + right, c)</source>
        <translation>uscita = (h + sopra + sotto, w + sinistra + destra, c)</translation>
    </message>
    <message>
        <source>The reverse of pooling: every value becomes a block of size rows × columns (copies, or a smooth blend with &apos;bilinear&apos;). A U-Net&apos;s decoder upsamples its maps back to the input size and joins them with the encoder&apos;s maps through skip connections. No weights.</source>
        <translation>L&apos;inverso del pooling: ogni valore diventa un blocco di righe × colonne (copie, o una sfumatura morbida con &apos;bilinear&apos;). Il decoder di una U-Net ingrandisce le sue mappe fino alla dimensione dell&apos;ingresso e le unisce a quelle dell&apos;encoder con connessioni dirette. Nessun peso.</translation>
    </message>
    <message>
        <source>output = (h·s_rows, w·s_cols, c)</source>
        <translation>uscita = (h·s_righe, w·s_colonne, c)</translation>
    </message>
</context>
<context>
    <name>ComputationGraphView</name>
    <message>
        <source>Expression</source>
        <translation>Espressione</translation>
    </message>
    <message>
        <source>h for central differences</source>
        <translation>h per le differenze centrali</translation>
    </message>
</context>
<context>
    <name>ConvolutionSandbox</name>
    <message>
        <source>Slide the kernel</source>
        <translation>Fai scorrere il kernel</translation>
    </message>
    <message>
        <source>How often each pixel is seen</source>
        <translation>Quante volte è visto ogni pixel</translation>
    </message>
    <message>
        <source>Shift the input</source>
        <translation>Sposta l&apos;ingresso</translation>
    </message>
    <message>
        <source>⟲ Start over</source>
        <translation>⟲ Ricomincia</translation>
    </message>
    <message>
        <source>Step ▶|</source>
        <translation>Passo ▶|</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Riproduci</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostra tutto</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocità</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow si sta ancora caricando…</translation>
    </message>
    <message>
        <source>Press Step (→) or Play to slide the kernel over the input.</source>
        <translation>Premi Passo (→) o Riproduci per far scorrere il kernel sull&apos;ingresso.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>How often each pixel is seen without padding</source>
        <translation>Quante volte è visto ogni pixel senza padding</translation>
    </message>
    <message>
        <source>How often each pixel is seen with padding</source>
        <translation>Quante volte è visto ogni pixel con padding</translation>
    </message>
    <message>
        <source>Counting is shown for inputs up to 28×28.</source>
        <translation>Il conteggio è mostrato per ingressi fino a 28×28.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without padding&lt;/b&gt;: windows covering each pixel</source>
        <translation>&lt;b&gt;Senza padding&lt;/b&gt;: finestre che coprono ogni pixel</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>{title} (not installed)</source>
        <translation>{title} (non installato)</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>I tuoi dati…</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>MNIST handwritten digits</source>
        <translation>Cifre scritte a mano MNIST</translation>
    </message>
    <message>
        <source>MNIST ink masks (segmentation)</source>
        <translation>Maschere d&apos;inchiostro MNIST (segmentazione)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing</source>
        <translation>Abbigliamento Fashion-MNIST</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>Quadranti XOR</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cerchi</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>Due gaussiane</translation>
    </message>
    <message>
        <source>Spirals</source>
        <translation>Spirali</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Lune</translation>
    </message>
    <message>
        <source>Noisy sine</source>
        <translation>Seno rumoroso</translation>
    </message>
    <message>
        <source>Noisy plane</source>
        <translation>Piano rumoroso</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>Porta AND</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>Porta OR</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>Porta NAND</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>Porta XOR</translation>
    </message>
    <message>
        <source>XNOR gate</source>
        <translation>Porta XNOR</translation>
    </message>
    <message>
        <source>NOT gate</source>
        <translation>Porta NOT</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; (orange high, blue low):</source>
        <translation>&lt;b&gt;Unità nascoste&lt;/b&gt; (arancione alto, blu basso):</translation>
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
    <name>EmbeddingView</name>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE (vicinanze)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proietta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Keep for comparison</source>
        <translation>Conserva per il confronto</translation>
    </message>
    <message>
        <source>Hover over a point to see its image; click to open it.</source>
        <translation>Passa sopra un punto per vederne l&apos;immagine; fai clic per aprirla.</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>+ Add run</source>
        <translation>+ Aggiungi addestramento</translation>
    </message>
    <message>
        <source>− Remove run</source>
        <translation>− Togli addestramento</translation>
    </message>
    <message>
        <source>▶ Train all</source>
        <translation>▶ Addestra tutto</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Ferma</translation>
    </message>
    <message>
        <source>Results as CSV…</source>
        <translation>Risultati in CSV…</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoche</translation>
    </message>
    <message>
        <source>Choose a dataset first (the toolbar&apos;s Dataset).</source>
        <translation>Scegli prima un dataset (Dataset, nella barra degli strumenti).</translation>
    </message>
    <message>
        <source>Training run 1…</source>
        <translation>Addestramento 1…</translation>
    </message>
    <message>
        <source>Train the runs first.</source>
        <translation>Addestra prima le configurazioni.</translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <source>Random</source>
        <translation>A caso</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>File immagine…</translation>
    </message>
    <message>
        <source>Test example of class</source>
        <translation>Esempio di test della classe</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>Click a unit of a map to see which input pixels it sees.</source>
        <translation>Fai clic su un&apos;unità di una mappa per vedere quali pixel di ingresso vede.</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>Layer:</source>
        <translation>Livello:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colori:</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Histograms over epochs of layer</source>
        <translation>Istogrammi lungo le epoche del livello</translation>
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
    <message>
        <source>All views ▾</source>
        <translation>Tutte le viste ▾</translation>
    </message>
    <message>
        <source>All views inside the network</source>
        <translation>Tutte le viste dentro la rete</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <source>Weights: {source}</source>
        <translation>Pesi: {source}</translation>
    </message>
    <message>
        <source>This view could not be drawn: {error}</source>
        <translation>Impossibile disegnare questa vista: {error}</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>&lt;b&gt;The kernel&lt;/b&gt;</source>
        <translation>&lt;b&gt;Il kernel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A test image&lt;/b&gt;</source>
        <translation>&lt;b&gt;Un&apos;immagine di test&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its feature map&lt;/b&gt;</source>
        <translation>&lt;b&gt;La sua mappa di attivazione&lt;/b&gt;</translation>
    </message>
    <message>
        <source>See every layer&apos;s feature maps</source>
        <translation>Vedi le mappe di tutti i livelli</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see a map.</source>
        <translation>Scegli un dataset adatto alla rete per vedere una mappa.</translation>
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
    <name>LessonPlayer</name>
    <message>
        <source>your name (for the teacher)</source>
        <translation>il tuo nome (per l&apos;insegnante)</translation>
    </message>
    <message>
        <source>Open lessons…</source>
        <translation>Apri lezioni…</translation>
    </message>
    <message>
        <source>A teacher&apos;s own lesson files: choose their folder</source>
        <translation>Le lezioni di un insegnante: scegli la loro cartella</translation>
    </message>
    <message>
        <source>Export progress…</source>
        <translation>Esporta i progressi…</translation>
    </message>
    <message>
        <source>A small file with the steps you passed, for your teacher</source>
        <translation>Un piccolo file con i passi superati, per il tuo insegnante</translation>
    </message>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Scegli una lezione qui sopra (doppio clic o Invio).</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>la tua risposta</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Indietro</translation>
    </message>
    <message>
        <source>Check ✓</source>
        <translation>Verifica ✓</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Mostrami</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Avanti ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Lascia la lezione</translation>
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
    <name>MaximizationView</name>
    <message>
        <source>all units of the layer</source>
        <translation>tutte le unità del livello</translation>
    </message>
    <message>
        <source>Find the pattern</source>
        <translation>Trova lo schema</translation>
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
    <name>MetricPlot</name>
    <message>
        <source>train</source>
        <translation>addestramento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validazione</translation>
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
        <translation>tutti zero</translation>
    </message>
    <message>
        <source>the network&apos;s weights</source>
        <translation>i pesi della rete</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Show the next example to the perceptron and apply the rule</source>
        <translation>Mostra l&apos;esempio successivo al percettrone e applica la regola</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>Fino alla fine</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoche</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Step shows the perceptron one example; Play goes on by itself.</source>
        <translation>Passo mostra un esempio al percettrone; Riproduci continua da solo.</translation>
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
    <name>ProblemsPanel</name>
    <message>
        <source>Layer</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
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
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>{layers} layer · {params} parameters ({trainable} trainable, {frozen} not)</source>
        <translation>{layers} livello · {params} parametri ({trainable} addestrabili, {frozen} no)</translation>
    </message>
    <message>
        <source>{layers} layers · {params} parameters ({trainable} trainable, {frozen} not)</source>
        <translation>{layers} livelli · {params} parametri ({trainable} addestrabili, {frozen} no)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>({n} not trained)</source>
        <translation>({n} non addestrati)</translation>
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
        <source>one batch</source>
        <translation>un batch</translation>
    </message>
    <message>
        <source>one epoch</source>
        <translation>un&apos;epoca</translation>
    </message>
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
    <name>SandboxControls</name>
    <message>
        <source>Which test image</source>
        <translation>Quale immagine di test</translation>
    </message>
    <message>
        <source>Downscale the image to this many rows and columns</source>
        <translation>Riduci l&apos;immagine a questo numero di righe e colonne</translation>
    </message>
    <message>
        <source>Paste numbers</source>
        <translation>Incolla numeri</translation>
    </message>
    <message>
        <source>More kernels give more output maps (channels)</source>
        <translation>Più kernel danno più mappe di uscita (canali)</translation>
    </message>
    <message>
        <source>valid: no zeros; same: enough zeros to keep the size; n rings</source>
        <translation>valid: nessuno zero; same: zeri sufficienti a mantenere la dimensione; n anelli</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source>Shift the input</source>
        <translation>Sposta l&apos;ingresso</translation>
    </message>
    <message>
        <source>Move the input by</source>
        <translation>Sposta l&apos;ingresso di</translation>
    </message>
    <message>
        <source>Shift the input to compare the outputs.</source>
        <translation>Sposta l&apos;ingresso per confrontare le uscite.</translation>
    </message>
    <message>
        <source>Fix the settings first: the sandbox shows what is wrong.</source>
        <translation>Correggi prima le impostazioni: il laboratorio mostra cosa non va.</translation>
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
        <source>The network has problems (see the Problems list); fix them before training.</source>
        <translation>La rete ha dei problemi (vedi l&apos;elenco Problemi); correggili prima dell&apos;addestramento.</translation>
    </message>
    <message>
        <source>No hand-set weights yet: set them in the Weights tab, or choose other initial weights.</source>
        <translation>Ancora nessun peso impostato a mano: impostali nella scheda Pesi, o scegli altri pesi iniziali.</translation>
    </message>
    <message>
        <source>Training {params} parameters on {device}: {train} train / {val} validation examples, {steps} steps per epoch.</source>
        <translation>Addestramento di {params} parametri su {device}: {train} esempi di addestramento / {val} di validazione, {steps} passi per epoca.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}. Resume with F6, or Step (F10) for {unit}.</source>
        <translation>In pausa all&apos;epoca {epoch}. Riprendi con F6, o Passo (F10) per {unit}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Ripreso.</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Memoria esaurita</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Addestramento fallito</translation>
    </message>
    <message>
        <source>Training stopped: {reason}.</source>
        <translation>Addestramento fermato: {reason}.</translation>
    </message>
    <message>
        <source>Stopped: the weights trained so far are kept.</source>
        <translation>Fermato: i pesi appresi finora sono conservati.</translation>
    </message>
    <message>
        <source>done · {n} epoch(s)</source>
        <translation>finito · {n} epoca/e</translation>
    </message>
    <message>
        <source>Finished in {time}.</source>
        <translation>Finito in {time}.</translation>
    </message>
    <message>
        <source>No test evaluation (the run was cut short).</source>
        <translation>Nessuna valutazione di test (l&apos;addestramento è stato interrotto).</translation>
    </message>
    <message>
        <source>The last run was on {then}; train to see results on {now}.</source>
        <translation>L&apos;ultimo addestramento era su {then}; addestra per vedere i risultati su {now}.</translation>
    </message>
    <message>
        <source>The network changed since it was trained: the trained weights no longer match it. Train again to update them.</source>
        <translation>La rete è cambiata dopo l&apos;addestramento: i pesi appresi non le corrispondono più. Addestrala di nuovo per aggiornarli.</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuratezza</translation>
    </message>
    <message>
        <source>log scale (loss)</source>
        <translation>scala log (perdita)</translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation>Cancella gli addestramenti precedenti</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>random (Keras default)</source>
        <translation>casuali (predefinito Keras)</translation>
    </message>
    <message>
        <source>all zeros</source>
        <translation>tutti zero</translation>
    </message>
    <message>
        <source>as set by hand</source>
        <translation>come impostati a mano</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>stop after</source>
        <translation>ferma dopo</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> epoche senza progressi</translation>
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
    <message>
        <source> epoch without progress</source>
        <translation> epoca senza progressi</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>All zero</source>
        <translation>Tutto a zero</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>A caso</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see outputs.</source>
        <translation>Scegli un dataset adatto alla rete per vedere le uscite.</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>untrained: {note}</source>
        <translation>non addestrati: {note}</translation>
    </message>
    <message>
        <source>random initial weights</source>
        <translation>pesi iniziali casuali</translation>
    </message>
    <message>
        <source>training: {note}</source>
        <translation>in addestramento: {note}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>in addestramento</translation>
    </message>
    <message>
        <source>trained ({note})</source>
        <translation>addestrati ({note})</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>addestrati</translation>
    </message>
    <message>
        <source>set by hand ({note})</source>
        <translation>impostati a mano ({note})</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>impostati a mano</translation>
    </message>
    <message>
        <source>from {note}</source>
        <translation>da {note}</translation>
    </message>
    <message>
        <source>from a file</source>
        <translation>da un file</translation>
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
