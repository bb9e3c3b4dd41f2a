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
        <source>step</source>
        <translation>gradino</translation>
    </message>
    <message>
        <source>Mark where this layer&apos;s units are for a test example</source>
        <translation>Segna dove si trovano le unità di questo livello per un esempio di test</translation>
    </message>
    <message>
        <source>LeakyReLU slope</source>
        <translation>Pendenza di LeakyReLU</translation>
    </message>
    <message>
        <source>ELU α</source>
        <translation>α dell&apos;ELU</translation>
    </message>
    <message>
        <source>mark layer</source>
        <translation>livello da segnare</translation>
    </message>
    <message>
        <source>test example</source>
        <translation>esempio di test</translation>
    </message>
    <message>
        <source>g(z) and its derivative g&apos;(z)</source>
        <translation>g(z) e la sua derivata g&apos;(z)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Softmax&lt;/b&gt; of a vector z (type numbers):</source>
        <translation>&lt;b&gt;Softmax&lt;/b&gt; di un vettore z (scrivi dei numeri):</translation>
    </message>
    <message>
        <source>softmax(z): probabilities that sum to 1</source>
        <translation>softmax(z): probabilità che sommano a 1</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow si sta ancora caricando…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source> — {count} pre-activation(s) of &lt;b&gt;{layer}&lt;/b&gt; for test example {example} (green on g, triangles on g&apos;). {share} of them sit where g&apos;(z) &amp;lt; 0.01: almost no gradient flows back through those units.</source>
        <translation> — {count} pre-attivazione/i di &lt;b&gt;{layer}&lt;/b&gt; per l&apos;esempio di test {example} (in verde su g, triangoli su g&apos;). {share} di esse stanno dove g&apos;(z) &amp;lt; 0,01: quasi nessun gradiente torna indietro attraverso quelle unità.</translation>
    </message>
    <message>
        <source>: pick a layer of your network to see where its units are on the curve.</source>
        <translation>: scegli uno strato della tua rete per vedere dove stanno le sue unità sulla curva.</translation>
    </message>
    <message>
        <source>Type numbers separated by spaces, e.g. 2 1 0.1</source>
        <translation>Scrivi numeri separati da spazi, ad es. 2 1 0.1</translation>
    </message>
    <message>
        <source>Type between 1 and 20 numbers.</source>
        <translation>Scrivi da 1 a 20 numeri.</translation>
    </message>
    <message>
        <source>; they sum to {total}.</source>
        <translation>; la loro somma è {total}.</translation>
    </message>
</context>
<context>
    <name>Backprop</name>
    <message>
        <source>layer &apos;{name}&apos; is {kind}: backpropagation by hand shows networks of Dense layers only</source>
        <translation>il layer &apos;{name}&apos; è {kind}: la retropropagazione a mano mostra solo reti di layer Dense</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; has {units} units; at most {limit} are shown</source>
        <translation>il layer &apos;{name}&apos; ha {units} unità; se ne mostrano al massimo {limit}</translation>
    </message>
    <message>
        <source>the model has no Dense layer</source>
        <translation>il modello non ha alcun layer Dense</translation>
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
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>target</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perdita</translation>
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
        <source>Write the new weights into the project: one SGD step on this example</source>
        <translation>Scrivi i nuovi pesi nel progetto: un passo di SGD su questo esempio</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>new w</source>
        <translation>nuovo w</translation>
    </message>
    <message>
        <source>{problem}. Backprop by hand works on dense networks such as the XOR network or a small MLP on a 2-D dataset.</source>
        <translation>{problem}. La retropropagazione a mano funziona su reti dense come la rete XOR o un piccolo MLP su un dataset 2-D.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The loss is hidden until you answer the lesson&apos;s question.&lt;/i&gt;</source>
        <translation>&lt;i&gt;La perdita resta nascosta finché non rispondi alla domanda della lezione.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next ▶ runs the example forward, then finds the loss.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Avanti ▶ propaga l&apos;esempio in avanti, poi calcola la perdita.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&lt;b&gt;input&lt;/b&gt; — the data that goes in: one example of shape {shape} (the batch axis is added by Keras).&lt;br&gt;Select it to change the input shape.</source>
        <translation>&lt;b&gt;input&lt;/b&gt; — i dati che entrano: un esempio di forma {shape} (l&apos;asse del batch è aggiunto da Keras).&lt;br&gt;Selezionalo per cambiare la forma dell&apos;ingresso.</translation>
    </message>
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
        <source>Sequence</source>
        <translation>Sequenza</translation>
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
        <source>A table with one learned vector per token: the input is a sequence of whole numbers (token 7, token 2, …) and each number is replaced by its row of the table. Tokens used in similar places end up with similar vectors.</source>
        <translation>Una tabella con un vettore appreso per token: l&apos;ingresso è una sequenza di numeri interi (token 7, token 2, …) e ogni numero viene sostituito dalla sua riga della tabella. I token usati in contesti simili finiscono con vettori simili.</translation>
    </message>
    <message>
        <source>output[t] = E[x_t]</source>
        <translation>uscita[t] = E[x_t]</translation>
    </message>
    <message>
        <source>parameters = tokens · vector length</source>
        <translation>parametri = token · lunghezza del vettore</translation>
    </message>
    <message>
        <source>Every position of a sequence looks at every other one and takes a weighted average of their values; the weights come from how well its query matches their keys (softmax(Q·Kᵀ/√d)). Several heads do this in parallel with their own projections. Wired to one input it is self-attention; wired to two, the first gives the queries and the second the keys and values. The output has the query&apos;s shape.</source>
        <translation>Ogni posizione di una sequenza guarda tutte le altre e fa una media pesata dei loro valori; i pesi dipendono da quanto la sua query si accorda con le loro chiavi (softmax(Q·Kᵀ/√d)). Più teste lo fanno in parallelo con proiezioni proprie. Collegata a un ingresso è self-attention; collegata a due, il primo dà le query e il secondo chiavi e valori. L&apos;uscita ha la forma della query.</translation>
    </message>
    <message>
        <source>Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V</source>
        <translation>Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V</translation>
    </message>
    <message>
        <source>parameters = 3 projections (n_in+1)·h·d + output h·d·n_in + n_in</source>
        <translation>parametri = 3 proiezioni (n_in+1)·h·d + uscita h·d·n_in + n_in</translation>
    </message>
    <message>
        <source>Attention by itself does not know the order of the tokens: shuffle them and every output is shuffled the same way. This layer adds a learned vector for each position (first token, second token, …) to the input, so where a token is becomes part of what it is.</source>
        <translation>L&apos;attenzione da sola non conosce l&apos;ordine dei token: mescolali e ogni uscita viene mescolata allo stesso modo. Questo livello aggiunge all&apos;ingresso un vettore appreso per ogni posizione (primo token, secondo token, …), così la posizione di un token diventa parte di ciò che è.</translation>
    </message>
    <message>
        <source>output[t] = x[t] + P[t]</source>
        <translation>uscita[t] = x[t] + P[t]</translation>
    </message>
    <message>
        <source>parameters = time steps · features</source>
        <translation>parametri = passi temporali · caratteristiche</translation>
    </message>
    <message>
        <source>Puts one learned extra token in front of the sequence. Through attention it gathers information from every patch; the Vision Transformer classifies from this token alone (a GlobalAveragePooling1D over all tokens does the same job more simply).</source>
        <translation>Mette un token in più, appreso, in testa alla sequenza. Tramite l&apos;attenzione raccoglie informazioni da ogni patch; il Vision Transformer classifica solo da questo token (un GlobalAveragePooling1D su tutti i token fa lo stesso lavoro in modo più semplice).</translation>
    </message>
    <message>
        <source>output = [c ; x_1 ; … ; x_T]</source>
        <translation>uscita = [c ; x_1 ; … ; x_T]</translation>
    </message>
    <message>
        <source>parameters = features</source>
        <translation>parametri = caratteristiche</translation>
    </message>
    <message>
        <source>The average of a sequence over its time steps: (T, features) becomes (features,). After attention it summarises every token in one vector for a classifier.</source>
        <translation>La media di una sequenza sui suoi passi temporali: (T, caratteristiche) diventa (caratteristiche,). Dopo l&apos;attenzione riassume tutti i token in un vettore per un classificatore.</translation>
    </message>
    <message>
        <source>output = (1/T) Σ_t x[t]</source>
        <translation>uscita = (1/T) Σ_t x[t]</translation>
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
        <source>output {size} = {formula}</source>
        <translation>uscita {size} = {formula}</translation>
    </message>
    <message>
        <source>output height {size} = {formula}</source>
        <translation>altezza in uscita {size} = {formula}</translation>
    </message>
    <message>
        <source>output width {size} = {formula}</source>
        <translation>larghezza in uscita {size} = {formula}</translation>
    </message>
    <message>
        <source>parameters 0 (pooling has nothing to learn)</source>
        <translation>parametri 0 (il pooling non ha nulla da imparare)</translation>
    </message>
    <message>
        <source>stride {size}</source>
        <translation>passo {size}</translation>
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
        <source>each of the {channels} channels: mean over {size} = {n} values</source>
        <translation>ciascuno dei {channels} canali: media su {size} = {n} valori</translation>
    </message>
    <message>
        <source>each of the {channels} channels: max over {size} = {n} values</source>
        <translation>ciascuno dei {channels} canali: massimo su {size} = {n} valori</translation>
    </message>
    <message>
        <source>parameters 0</source>
        <translation>parametri 0</translation>
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
    <message>
        <source>A layer with memory: at every time step its state is computed from the new input and from its own state one step before, h_t = tanh(x_t·W + h_{t−1}·U + b). The output of the units is fed back to their input, so the network is a dynamical system with an internal state. Long sequences are hard for it: the gradient shrinks (or grows) by the same factor at every step back in time.</source>
        <translation>Un livello con memoria: a ogni passo temporale il suo stato si calcola dal nuovo ingresso e dal proprio stato al passo prima, h_t = tanh(x_t·W + h_{t−1}·U + b). L&apos;uscita delle unità torna al loro ingresso, quindi la rete è un sistema dinamico con uno stato interno. Le sequenze lunghe sono difficili: il gradiente si riduce (o cresce) dello stesso fattore a ogni passo indietro nel tempo.</translation>
    </message>
    <message>
        <source>h_t = tanh(x_t·W + h_{t−1}·U + b)</source>
        <translation>h_t = tanh(x_t·W + h_{t−1}·U + b)</translation>
    </message>
    <message>
        <source>parameters = n_in·n + n·n + n</source>
        <translation>parametri = n_in·n + n·n + n</translation>
    </message>
    <message>
        <source>Long short-term memory: a recurrent layer with a cell state and three gates (forget, input, output) that decide, at each step, what the memory keeps, what it writes and what it shows. The cell state is updated by addition, so gradients survive many steps back in time — it learns what a simple RNN forgets.</source>
        <translation>Memoria a lungo e breve termine: un livello ricorrente con uno stato di cella e tre porte (dimenticanza, ingresso, uscita) che decidono a ogni passo cosa la memoria tiene, scrive e mostra. Lo stato di cella si aggiorna per somma, quindi i gradienti sopravvivono per molti passi indietro nel tempo: impara ciò che un RNN semplice dimentica.</translation>
    </message>
    <message>
        <source>c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)</source>
        <translation>c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)</translation>
    </message>
    <message>
        <source>parameters = 4·(n_in·n + n·n + n)</source>
        <translation>parametri = 4·(n_in·n + n·n + n)</translation>
    </message>
    <message>
        <source>Gated recurrent unit: a lighter LSTM with two gates (update and reset) and no separate cell state. The update gate mixes the old state and a new candidate, so the layer can keep its memory for many steps.</source>
        <translation>Unità ricorrente con porte: un LSTM più leggero con due porte (aggiornamento e azzeramento) e senza stato di cella separato. La porta di aggiornamento mescola il vecchio stato e un nuovo candidato, così il livello può conservare la memoria per molti passi.</translation>
    </message>
    <message>
        <source>h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t</source>
        <translation>h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t</translation>
    </message>
    <message>
        <source>parameters = 3·(n_in·n + n·n + 2·n)  (Keras: two biases)</source>
        <translation>parametri = 3·(n_in·n + n·n + 2·n)  (Keras: due bias)</translation>
    </message>
    <message>
        <source>Two recurrent layers side by side: one reads the sequence from the first step to the last, the other from the last to the first; their outputs are joined. Each step then knows what comes before and after it. Twice the parameters of one layer.</source>
        <translation>Due livelli ricorrenti affiancati: uno legge la sequenza dal primo passo all&apos;ultimo, l&apos;altro dall&apos;ultimo al primo; le loro uscite vengono unite. Ogni passo sa così cosa viene prima e dopo. Il doppio dei parametri di un livello.</translation>
    </message>
    <message>
        <source>output = [forward(x) ; backward(x)]</source>
        <translation>uscita = [avanti(x) ; indietro(x)]</translation>
    </message>
    <message>
        <source>parameters = 2 · parameters of one layer</source>
        <translation>parametri = 2 · parametri di un livello</translation>
    </message>
</context>
<context>
    <name>ChallengePanel</name>
    <message>
        <source>Best test accuracy</source>
        <extracomment>Opens a handed-in model file (set by the wiring: the editor opens it).</extracomment>
        <translation>Migliore accuratezza di test</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Parameters at most</source>
        <translation>Parametri al massimo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Definisci</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Open the winner&apos;s network</source>
        <translation>Apri la rete del vincitore</translation>
    </message>
    <message>
        <source>No challenge yet.</source>
        <translation>Ancora nessuna sfida.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Accuratezza di test</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Preparing the test data…</source>
        <translation>Preparazione dei dati di test…</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Sfida</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Non fatto: {reason}</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>definita</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermata</translation>
    </message>
    <message>
        <source>{title}: {dataset}, at most {params} parameters — {state}</source>
        <translation>{title}: {dataset}, al massimo {params} parametri — {state}</translation>
    </message>
</context>
<context>
    <name>Class hub</name>
    <message>
        <source>a message of {size} bytes; at most {limit} are read</source>
        <extracomment>The largest WebSocket frame the hub reads; a larger one closes that connection only. A network spec shared with a run (a 200-layer network is a few hundred KB of JSON). Points of one curve (the app thins a run&apos;s curves to this many). A student&apos;s name: printable (no control characters), shown escaped everywhere. A hand-in&apos;s id, chosen by the app so a resent hand-in counts once.</extracomment>
        <translation>un messaggio di {size} byte; se ne leggono al massimo {limit}</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>protocol version {got}; this LayerLab speaks version {version}: use the same LayerLab release as the teacher</source>
        <translation>protocollo versione {got}; questo LayerLab usa la versione {version}: usa la stessa versione di LayerLab dell&apos;insegnante</translation>
    </message>
    <message>
        <source>message &apos;{type}&apos;: {problem}</source>
        <translation>messaggio &apos;{type}&apos;: {problem}</translation>
    </message>
    <message>
        <source>not JSON: {problem}</source>
        <translation>non è JSON: {problem}</translation>
    </message>
    <message>
        <source>{path}: a class saved by a later LayerLab (schema {got}); this one reads schema {version}. Update LayerLab to resume this class.</source>
        <extracomment>The join code&apos;s alphabet: no 0/O, 1/I/L, 2/Z, 5/S, 8/B — nothing read aloud twice.</extracomment>
        <translation>{path}: una classe salvata da un LayerLab più recente (schema {got}); questo legge lo schema {version}. Aggiorna LayerLab per riprendere questa classe.</translation>
    </message>
    <message>
        <source>{path}: not a class database ({problem})</source>
        <translation>{path}: non è un database di classe ({problem})</translation>
    </message>
    <message>
        <source>{dataset}: a challenge needs a classification dataset</source>
        <extracomment>Address space of the evaluator: TensorFlow reserves ~3 GB of it before doing anything; the models a challenge allows need a few hundred MB more. Test examples kept per challenge (MNIST&apos;s test set is 10,000).</extracomment>
        <translation>{dataset}: una sfida richiede un dataset di classificazione</translation>
    </message>
    <message>
        <source>the evaluation took longer than {seconds} s; stopped</source>
        <translation>la valutazione è durata più di {seconds} s; interrotta</translation>
    </message>
    <message>
        <source>the evaluation stopped without a score (exit status {code}: out of time or memory, or the model crashed it)</source>
        <translation>la valutazione si è fermata senza punteggio (codice di uscita {code}: tempo o memoria esauriti, oppure il modello l&apos;ha bloccata)</translation>
    </message>
    <message>
        <source>{count} hand-ins are waiting for the hub already</source>
        <extracomment>The last push received (sent on reconnection: the hub resends only what was missed).</extracomment>
        <translation>{count} consegne stanno già aspettando l&apos;hub</translation>
    </message>
    <message>
        <source>the hub is gone</source>
        <translation>l&apos;hub non c&apos;è più</translation>
    </message>
    <message>
        <source>not connected to the hub</source>
        <translation>non connesso all&apos;hub</translation>
    </message>
    <message>
        <source>wrong class code</source>
        <extracomment>How a message reaches one student&apos;s open connections (set by the server). A pushed lesson or network (JSON) or project (a .layerlab). How often the latest shared progress and runs are written to the database. Students in one class (each phone that joins is one more): a class never meets it, and a client with the right code cannot fill the database with made-up names. What answers the phone page&apos;s &quot;what does the network say?&quot;: a 28×28 image in 0…1 → 10 probabilities, called in a worker thread (set by the teacher&apos;s window).</extracomment>
        <translation>codice di classe errato</translation>
    </message>
    <message>
        <source>the class is full ({count} students)</source>
        <translation>la classe è piena ({count} studenti)</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is taken in this class; add an initial</source>
        <translation>il nome &apos;{name}&apos; è già usato in questa classe; aggiungi un&apos;iniziale</translation>
    </message>
    <message>
        <source>a drawing needs its label, a digit 0–9</source>
        <translation>un disegno ha bisogno della sua etichetta, una cifra 0–9</translation>
    </message>
    <message>
        <source>no challenge is running</source>
        <translation>nessuna sfida in corso</translation>
    </message>
    <message>
        <source>a push is a lesson, a project or a network, not {kind}</source>
        <translation>un invio è una lezione, un progetto o una rete, non {kind}</translation>
    </message>
    <message>
        <source>a push of {size} bytes; at most {limit}</source>
        <translation>un invio di {size} byte; al massimo {limit}</translation>
    </message>
    <message>
        <source>no student number {student} in this class</source>
        <translation>nessuno studente numero {student} in questa classe</translation>
    </message>
    <message>
        <source>a message has 1 to {limit} characters, got {count}</source>
        <translation>un messaggio ha da 1 a {limit} caratteri, ricevuti {count}</translation>
    </message>
    <message>
        <source>a challenge allows 1 to 150,000,000 parameters and lasts 10 s to 24 h</source>
        <translation>una sfida ammette da 1 a 150.000.000 parametri e dura da 10 s a 24 h</translation>
    </message>
    <message>
        <source>no challenge number {number} with its test data</source>
        <translation>nessuna sfida numero {number} con i suoi dati di test</translation>
    </message>
    <message>
        <source>a {kind} of {size} bytes; the hub takes at most {limit}</source>
        <extracomment>A project handed in (a classroom project with its runs is ~10 MB). A model handed in for a challenge (the MNIST MLP is 1.2 MB; VGG16 would be 530 MB). A drawn digit (a 280×280 canvas as PNG is ~10 KB). A drawing&apos;s sides, in pixels (a phone&apos;s canvas is at most its screen&apos;s width). The size a drawing is kept at: enough to be read as a digit, and to be resized to 28×28.</extracomment>
        <translation>un {kind} di {size} byte; l&apos;hub accetta al massimo {limit}</translation>
    </message>
    <message>
        <source>not a .keras model (a .keras file is a zip): {problem}</source>
        <translation>non è un modello .keras (un file .keras è uno zip): {problem}</translation>
    </message>
    <message>
        <source>not a .keras model (no config.json inside)</source>
        <translation>non è un modello .keras (manca config.json)</translation>
    </message>
    <message>
        <source>a drawing must be a PNG image, got {format}</source>
        <translation>un disegno deve essere un&apos;immagine PNG, ricevuto: {format}</translation>
    </message>
    <message>
        <source>a drawing of {width}×{height} pixels; sides from 8 to {limit} are taken</source>
        <translation>un disegno di {width}×{height} pixel; si accettano lati da 8 a {limit}</translation>
    </message>
    <message>
        <source>not a readable PNG drawing ({problem})</source>
        <translation>non è un disegno PNG leggibile ({problem})</translation>
    </message>
    <message>
        <source>the class hub is full ({count} connections)</source>
        <translation>l&apos;hub della classe è pieno ({count} connessioni)</translation>
    </message>
    <message>
        <source>too many connections from {address} ({count}); close some</source>
        <translation>troppe connessioni da {address} ({count}); chiudine qualcuna</translation>
    </message>
    <message>
        <source>no join message in time</source>
        <translation>nessun messaggio di ingresso in tempo</translation>
    </message>
    <message>
        <source>the connection ended before joining</source>
        <translation>la connessione è finita prima dell&apos;ingresso</translation>
    </message>
    <message>
        <source>too many wrong codes from {address}; try again in {seconds} s</source>
        <translation>troppi codici errati da {address}; riprova tra {seconds} s</translation>
    </message>
    <message>
        <source>join the class first</source>
        <translation>prima entra nella classe</translation>
    </message>
    <message>
        <source>too many messages; at most {rate:g} a second are taken</source>
        <translation>troppi messaggi; se ne accettano al massimo {rate:g} al secondo</translation>
    </message>
    <message>
        <source>already joined</source>
        <translation>già entrato</translation>
    </message>
    <message>
        <source>wrong teacher secret</source>
        <translation>segreto dell&apos;insegnante errato</translation>
    </message>
    <message>
        <source>join the class first (no valid token)</source>
        <extracomment>Only the hub itself: no outside script, style, font or image, no frame around the page. A drawing to predict: a phone&apos;s canvas as a PNG is a few KB. Seconds a prediction may take (one image through a small network takes milliseconds).</extracomment>
        <translation>prima entra nella classe (nessun token valido)</translation>
    </message>
    <message>
        <source>the teacher has no network to answer with yet</source>
        <translation>l&apos;insegnante non ha ancora una rete per rispondere</translation>
    </message>
    <message>
        <source>the drawing is empty</source>
        <translation>il disegno è vuoto</translation>
    </message>
    <message>
        <source>the teacher&apos;s network could not answer: {problem}</source>
        <translation>la rete dell&apos;insegnante non ha potuto rispondere: {problem}</translation>
    </message>
    <message>
        <source>too many hand-ins at once; try later</source>
        <translation>troppe consegne insieme; riprova più tardi</translation>
    </message>
    <message>
        <source>a hand-in needs its id (32 hex digits)</source>
        <translation>una consegna ha bisogno del suo id (32 cifre esadecimali)</translation>
    </message>
    <message>
        <source>a label is one digit 0–9, got {label}</source>
        <translation>un&apos;etichetta è una cifra 0–9, ricevuto: {label}</translation>
    </message>
    <message>
        <source>no such push for you</source>
        <translation>nessun invio del genere per te</translation>
    </message>
    <message>
        <source>teacher actions need the teacher&apos;s secret</source>
        <translation>le azioni dell&apos;insegnante richiedono il suo segreto</translation>
    </message>
</context>
<context>
    <name>ClassDashboard</name>
    <message>
        <source>Class dashboard</source>
        <extracomment>the name column&apos;s widest, in average characters (&quot;Jean-Baptiste Delacroix-Montfort&quot; is elided, its tooltip has it whole): the other columns keep the projector&apos;s width the loss curve&apos;s width, in average characters: a shape a room still reads</extracomment>
        <translation>Cruscotto della classe</translation>
    </message>
    <message>
        <source>No class is running: File → Class → Start a class.</source>
        <translation>Nessuna classe in corso: File → Classe → Avvia una classe.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenti</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Sfide</translation>
    </message>
    <message>
        <source>Class dataset</source>
        <translation>Dati della classe</translation>
    </message>
    <message>
        <source>Find: a name, a lesson, &quot;step 3&quot;…</source>
        <translation>Cerca: un nome, una lezione, «passo 3»…</translation>
    </message>
    <message>
        <source>Only those stuck on a check</source>
        <translation>Solo chi è bloccato su una verifica</translation>
    </message>
    <message>
        <source>to everyone</source>
        <translation>a tutti</translation>
    </message>
    <message>
        <source>to the selected student</source>
        <translation>allo studente scelto</translation>
    </message>
    <message>
        <source>Show their network</source>
        <translation>Mostra la sua rete</translation>
    </message>
    <message>
        <source>Push the lesson</source>
        <translation>Invia la lezione</translation>
    </message>
    <message>
        <source>Push the project</source>
        <translation>Invia il progetto</translation>
    </message>
    <message>
        <source>Push the network</source>
        <translation>Invia la rete</translation>
    </message>
    <message>
        <source>A message for the class…</source>
        <translation>Un messaggio per la classe…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Open the hand-ins</source>
        <translation>Apri i lavori consegnati</translation>
    </message>
    <message>
        <source>{name} — code {code} — {address}</source>
        <translation>{name} — codice {code} — {address}</translation>
    </message>
    <message>
        <source>The class has ended. Its folder keeps everything.</source>
        <translation>La classe è finita. La sua cartella conserva tutto.</translation>
    </message>
    <message>
        <source>{name} handed in a project.</source>
        <translation>{name} ha consegnato un progetto.</translation>
    </message>
    <message>
        <source>{name} handed in a model.</source>
        <translation>{name} ha consegnato un modello.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) handed in</source>
        <translation>
            <numerusform>%n progetto consegnato</numerusform>
            <numerusform>%n progetti consegnati</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a student first.</source>
        <translation>Scegli prima uno studente.</translation>
    </message>
    <message>
        <source>{name} has not shared a network yet (it comes with a run).</source>
        <translation>{name} non ha ancora condiviso una rete (arriva con un addestramento).</translation>
    </message>
    <message>
        <source>Your network is shown on the projector.</source>
        <translation>La tua rete è mostrata al proiettore.</translation>
    </message>
    <message>
        <source>{name} is told their network is shown.</source>
        <translation>{name} viene avvisato che la sua rete è mostrata.</translation>
    </message>
    <message>
        <source>Open a lesson first: its step is what is pushed.</source>
        <translation>Apri prima una lezione: si invia il suo passo.</translation>
    </message>
    <message>
        <source>There is no project to push.</source>
        <translation>Non c&apos;è nessun progetto da inviare.</translation>
    </message>
    <message>
        <source>There is no network to push.</source>
        <translation>Non c&apos;è nessuna rete da inviare.</translation>
    </message>
    <message>
        <source>Pushed: {title}</source>
        <translation>Inviato: {title}</translation>
    </message>
    <message>
        <source>Not pushed: {reason}</source>
        <translation>Non inviato: {reason}</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Messaggio inviato.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non inviato: {reason}</translation>
    </message>
</context>
<context>
    <name>ClassDatasetView</name>
    <message>
        <source>Every digit</source>
        <extracomment>Where &quot;Train on it&quot; hands the exported folder (set by the wiring).</extracomment>
        <translation>Tutte le cifre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Train on it</source>
        <translation>Addestra su questi</translation>
    </message>
    <message>
        <source>Compare with MNIST</source>
        <extracomment>The model to compare with (MNIST&apos;s bundled one; set by the wiring when it is loaded).</extracomment>
        <translation>Confronta con MNIST</translation>
    </message>
    <message>
        <source>How well the model trained on MNIST reads the class&apos;s own handwriting</source>
        <translation>Quanto bene il modello addestrato su MNIST legge la scrittura della classe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Untick a drawing to reject it (a wrong label); tick it to keep it.</source>
        <translation>Togli la spunta a un disegno per scartarlo (etichetta sbagliata); spuntalo per tenerlo.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>scartato</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>tenuto</translation>
    </message>
    <message>
        <source>{kept} kept, {rejected} rejected</source>
        <translation>{kept} tenuti, {rejected} scartati</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Non modificato: {reason}</translation>
    </message>
    <message>
        <source>Export the class dataset to</source>
        <translation>Esporta i dati della classe in</translation>
    </message>
    <message>
        <source>No drawing to use yet.</source>
        <translation>Ancora nessun disegno da usare.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non esportato: {reason}</translation>
    </message>
    <message>
        <source>The MNIST model is still loading; try again in a moment.</source>
        <translation>Il modello MNIST si sta ancora caricando; riprova tra poco.</translation>
    </message>
    <message>
        <source>Reading the drawings…</source>
        <translation>Lettura dei disegni…</translation>
    </message>
    <message>
        <source>Not compared: {reason}</source>
        <translation>Non confrontato: {reason}</translation>
    </message>
    <message>
        <source>The MNIST model reads {right} of the class&apos;s {total} drawings ({percent} %).</source>
        <translation>Il modello MNIST legge {right} dei {total} disegni della classe ({percent} %).</translation>
    </message>
    <message>
        <source>{count} drawings written to {path}</source>
        <translation>{count} disegni scritti in {path}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>&amp;Start a class…</source>
        <translation>&amp;Avvia una classe…</translation>
    </message>
    <message>
        <source>Class &amp;dashboard</source>
        <translation>&amp;Cruscotto della classe</translation>
    </message>
    <message>
        <source>Class data&amp;set</source>
        <translation>&amp;Dati della classe</translation>
    </message>
    <message>
        <source>&amp;Join a class…</source>
        <translation>&amp;Unisciti a una classe…</translation>
    </message>
    <message>
        <source>&amp;Hand in the project</source>
        <translation>C&amp;onsegna il progetto</translation>
    </message>
    <message>
        <source>&amp;Leave the class</source>
        <translation>&amp;Lascia la classe</translation>
    </message>
    <message>
        <source>Send to the class dataset</source>
        <translation>Invia ai dati della classe</translation>
    </message>
    <message>
        <source>Hand this drawing in with the class chosen beside, for the class dataset</source>
        <translation>Consegna questo disegno con la classe scelta accanto, per i dati della classe</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Cruscotto della classe</translation>
    </message>
    <message>
        <source>Join a class first (File → Class → Join).</source>
        <translation>Unisciti prima a una classe (File → Classe → Unisciti).</translation>
    </message>
    <message>
        <source>Project handed in (sent now, or when the hub is back).</source>
        <translation>Progetto consegnato (inviato ora, o quando l&apos;hub tornerà).</translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation>Prima disegna una cifra.</translation>
    </message>
    <message>
        <source>The class dataset takes digits: choose a class from 0 to 9.</source>
        <translation>I dati della classe accettano cifre: scegli una classe da 0 a 9.</translation>
    </message>
    <message>
        <source>Drawing sent to the class dataset as a {label}.</source>
        <translation>Disegno inviato ai dati della classe come {label}.</translation>
    </message>
</context>
<context>
    <name>ComputationGraphView</name>
    <message>
        <source>Expression</source>
        <translation>Espressione</translation>
    </message>
    <message>
        <source>Numbers, variables, + − * / **, parentheses and exp, log, sqrt, sigmoid, tanh, relu, abs, max, min. E.g. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))</source>
        <translation>Numeri, variabili, + − * / **, parentesi ed exp, log, sqrt, sigmoid, tanh, relu, abs, max, min. Per es. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))</translation>
    </message>
    <message>
        <source>h for central differences</source>
        <translation>h per le differenze centrali</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabile</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>numerico</translation>
    </message>
    <message>
        <source>difference between backpropagation and central differences</source>
        <translation>differenza tra retropropagazione e differenze centrali</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;green: forward value&lt;/span&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;red: gradient flowing back&lt;/span&gt;. Add distributes, mul swaps, max routes, a variable used twice adds.</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;verde: valore in avanti&lt;/span&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;rosso: gradiente che torna indietro&lt;/span&gt;. La somma distribuisce, il prodotto scambia, il max smista, una variabile usata due volte somma.</translation>
    </message>
</context>
<context>
    <name>ConvSandbox</name>
    <message>
        <source>output height = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</source>
        <translation>altezza di uscita = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</translation>
    </message>
    <message>
        <source>output width = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</source>
        <translation>larghezza di uscita = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</translation>
    </message>
</context>
<context>
    <name>Convolution</name>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Sfocatura media</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Nitidezza</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Bordi</translation>
    </message>
    <message>
        <source>Strong edge</source>
        <translation>Bordi marcati</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Sobel in x</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Sobel in y</translation>
    </message>
    <message>
        <source>Vertical edge (1 0 −1)</source>
        <translation>Bordo verticale (1 0 −1)</translation>
    </message>
    <message>
        <source>X filter</source>
        <translation>Filtro a X</translation>
    </message>
    <message>
        <source>Lecture 3×3 (2 2 2 / 1 0 1 / 2 2 2)</source>
        <translation>Il 3×3 della lezione (2 2 2 / 1 0 1 / 2 2 2)</translation>
    </message>
    <message>
        <source>Diagonal 2×2 (2 0 / 0 2)</source>
        <translation>Diagonale 2×2 (2 0 / 0 2)</translation>
    </message>
    <message>
        <source>5×5 ⊛ 3×3 (convolution by numbers)</source>
        <translation>5×5 ⊛ 3×3 (la convoluzione coi numeri)</translation>
    </message>
    <message>
        <source>The slide&apos;s result: 82 68 46 / 45 24 26 / 63 65 51.</source>
        <translation>Il risultato della slide: 82 68 46 / 45 24 26 / 63 65 51.</translation>
    </message>
    <message>
        <source>6×6 image, padding 1, X filter, then max pooling</source>
        <translation>Immagine 6×6, bordo 1, filtro a X, poi max pooling</translation>
    </message>
    <message>
        <source>With one ring of zeros the 6×6 image keeps its size; 2×2 max pooling gives 3×3.</source>
        <translation>Con un anello di zeri l&apos;immagine 6×6 mantiene la sua misura; il max pooling 2×2 dà 3×3.</translation>
    </message>
    <message>
        <source>Stride 2 with a vertical-edge filter</source>
        <translation>Passo 2 con un filtro di bordo verticale</translation>
    </message>
    <message>
        <source>Stride 2 skips every other position: ⌊(5 − 3)/2⌋ + 1 = 2 outputs a row.</source>
        <translation>Il passo 2 salta una posizione su due: ⌊(5 − 3)/2⌋ + 1 = 2 uscite per riga.</translation>
    </message>
    <message>
        <source>Max pooling 4×4 → 2×2</source>
        <translation>Max pooling 4×4 → 2×2</translation>
    </message>
    <message>
        <source>The identity kernel passes the input through; pooling keeps each window&apos;s largest.</source>
        <translation>Il kernel identità lascia passare l&apos;ingresso; il pooling tiene il massimo di ogni finestra.</translation>
    </message>
    <message>
        <source>Equivariance: 3×3 ⊛ 2×2 (shift it by 1)</source>
        <translation>Equivarianza: 3×3 ⊛ 2×2 (spostalo di 1)</translation>
    </message>
    <message>
        <source>Shift the input one pixel right: the output moves with it, the pooled 80 stays.</source>
        <translation>Sposta l&apos;ingresso di un pixel a destra: l&apos;uscita si sposta con lui, l&apos;80 dopo il pooling resta.</translation>
    </message>
    <message>
        <source>an image has rows and columns; this has shape {shape}</source>
        <translation>un&apos;immagine ha righe e colonne; questa ha forma {shape}</translation>
    </message>
    <message>
        <source>The convolution output moved with the input ({n} column): equivariance.</source>
        <translation>L&apos;uscita della convoluzione si è spostata con l&apos;ingresso ({n} colonna): equivarianza.</translation>
    </message>
    <message>
        <source>The convolution output moved with the input ({n} columns): equivariance.</source>
        <translation>L&apos;uscita della convoluzione si è spostata con l&apos;ingresso ({n} colonne): equivarianza.</translation>
    </message>
    <message>
        <source>The convolution output did not simply move: the shift is not a multiple of the stride, or values crossed the border.</source>
        <translation>L&apos;uscita della convoluzione non si è semplicemente spostata: lo spostamento non è un multiplo del passo, o dei valori hanno passato il bordo.</translation>
    </message>
    <message>
        <source>After pooling, 0 of {cells} values changed: invariance.</source>
        <translation>Dopo il pooling, 0 valori su {cells} sono cambiati: invarianza.</translation>
    </message>
    <message>
        <source>After pooling, {changed} of {cells} values changed.</source>
        <translation>Dopo il pooling, {changed} valori su {cells} sono cambiati.</translation>
    </message>
</context>
<context>
    <name>ConvolutionSandbox</name>
    <message>
        <source>Convolution sandbox</source>
        <translation>Sandbox della convoluzione</translation>
    </message>
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
        <source>Input numbers</source>
        <translation>Numeri di ingresso</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>Pesi del kernel</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>Uscita della convoluzione</translation>
    </message>
    <message>
        <source>Pooled output</source>
        <translation>Uscita dopo il pooling</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Dopo il pooling</translation>
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
        <source>kernel {n}</source>
        <translation>kernel {n}</translation>
    </message>
    <message>
        <source>Max pooled</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Average pooled</source>
        <translation>Pooling medio</translation>
    </message>
    <message>
        <source>Output ({rows}×{cols})</source>
        <translation>Uscita ({rows}×{cols})</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pausa</translation>
    </message>
    <message>
        <source>{n} cell(s)/s</source>
        <translation>{n} celle/s</translation>
    </message>
    <message>
        <source>Press Step (→) or Play to slide the kernel over the input.</source>
        <translation>Premi Passo (→) o Riproduci per far scorrere il kernel sull&apos;ingresso.</translation>
    </message>
    <message>
        <source>0 of {n} cells</source>
        <translation>0 celle su {n}</translation>
    </message>
    <message>
        <source>output row {i}, column {j}</source>
        <translation>uscita riga {i}, colonna {j}</translation>
    </message>
    <message>
        <source>pooled row {i}, column {j}</source>
        <translation>pooling riga {i}, colonna {j}</translation>
    </message>
    <message>
        <source>{n} of {total} cells</source>
        <translation>{n} celle su {total}</translation>
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
    <message>
        <source>&lt;b&gt;With padding {rings}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Con padding {rings}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A corner pixel is inside {corner} window(s) without padding and {padded} with it; the middle pixel ({row}, {col}) is inside {middle}. Padding lets the border be seen as often as the middle.</source>
        <translation>Un pixel d&apos;angolo è dentro {corner} finestra/e senza padding e {padded} con; il pixel centrale ({row}, {col}) è dentro {middle}. Il padding fa vedere il bordo tanto spesso quanto il centro.</translation>
    </message>
</context>
<context>
    <name>CurveFitView</name>
    <message>
        <source>The fitted curve is for networks with one input, on 1-D regression data such as the Noisy sine. This network takes {shape}; try the Sine fit preset (File → New from template).</source>
        <translation>La curva adattata è per reti con un solo ingresso, su dati di regressione 1-D come il Seno rumoroso. Questa rete prende {shape}; prova il modello Adattamento del seno (File → Nuovo da modello).</translation>
    </message>
    <message>
        <source>Choose 1-D regression data: the Noisy sine.</source>
        <translation>Scegli dati di regressione 1-D: il Seno rumoroso.</translation>
    </message>
    <message>
        <source>The network has {count} outputs; the curve needs one.</source>
        <translation>La rete ha {count} uscite; la curva ne richiede una.</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>(no dataset)</source>
        <translation>(nessun dataset)</translation>
    </message>
    <message>
        <source>{title} (not installed)</source>
        <translation>{title} (non installato)</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>I tuoi dati…</translation>
    </message>
    <message>
        <source>An image folder (one subfolder per class), a CSV table, IDX files or an .npz</source>
        <translation>Una cartella di immagini (una sottocartella per classe), una tabella CSV, file IDX o un .npz</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>il dataset</translation>
    </message>
    <message>
        <source>Fit the output layer</source>
        <translation>Adatta il livello di uscita</translation>
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
    <message>
        <source>MNIST read row by row</source>
        <translation>MNIST letto riga per riga</translation>
    </message>
    <message>
        <source>Sine wave to continue</source>
        <translation>Sinusoide da continuare</translation>
    </message>
    <message>
        <source>Counting 1s (memory)</source>
        <translation>Contare gli 1 (memoria)</translation>
    </message>
    <message>
        <source>Parity of bits (memory)</source>
        <translation>Parità dei bit (memoria)</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; — each one&apos;s own output over the same plane (orange high, blue low). The output layer combines these pictures.</source>
        <extracomment>A redraw quicker than this asks for the next snapshot before it draws (it is taken while this one is drawn: 30 and more pictures a second); a slower one (a busy machine) waits as long as it took before asking, so the pictures never take more than about half of the window&apos;s time and the training thread, the rest of the window and a background XLA compile keep up.</extracomment>
        <translation>&lt;b&gt;Unità nascoste&lt;/b&gt; — l&apos;uscita di ciascuna sullo stesso piano (arancione alto, blu basso). Il livello di uscita combina queste immagini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; (orange high, blue low):</source>
        <translation>&lt;b&gt;Unità nascoste&lt;/b&gt; (arancione alto, blu basso):</translation>
    </message>
    <message>
        <source>The decision boundary is drawn for networks with 2 inputs (points in a plane), such as the XOR, circles, spirals or logic-gate datasets. This network takes {shape}.</source>
        <translation>Il confine di decisione si disegna per reti con 2 ingressi (punti di un piano), come i dataset XOR, cerchi, spirali o porte logiche. Questa rete prende {shape}.</translation>
    </message>
    <message>
        <source>Choose a 2-D dataset (xor, circles, spirals, moons, gaussians or a logic gate) to see the decision boundary.</source>
        <translation>Scegli un dataset 2D (xor, cerchi, spirali, lune, gaussiane o una porta logica) per vedere il confine di decisione.</translation>
    </message>
    <message>
        <source>Colour: the network&apos;s output value over the plane.</source>
        <translation>Colore: il valore di uscita della rete sul piano.</translation>
    </message>
    <message>
        <source>Predicted class over the plane; training accuracy when paused or done.</source>
        <translation>Classe prevista sul piano; accuratezza di addestramento in pausa o alla fine.</translation>
    </message>
    <message>
        <source>Colour: the class the network predicts at each point (paler = less sure). Dots are coloured by their true class: white edge = training example, dark edge = test example. The training accuracy shows when training pauses or ends.</source>
        <translation>Colore: la classe che la rete prevede in ogni punto (più chiaro = meno sicuro). I punti hanno il colore della loro vera classe: bordo bianco = esempio di addestramento, bordo scuro = esempio di test. L&apos;accuratezza di addestramento compare quando l&apos;addestramento è in pausa o finito.</translation>
    </message>
    <message>
        <source>Predicted class over the plane; training accuracy {percent} %.</source>
        <translation>Classe prevista sul piano; accuratezza di addestramento {percent} %.</translation>
    </message>
    <message>
        <source>Colour: the class the network predicts at each point (paler = less sure). Dots are coloured by their true class: white edge = training example, dark edge = test example. Training accuracy {percent} %.</source>
        <translation>Colore: la classe che la rete prevede in ogni punto (più chiaro = meno sicuro). I punti hanno il colore della loro classe vera: bordo bianco = esempio di addestramento, bordo scuro = esempio di test. Accuratezza di addestramento {percent} %.</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}: output from {low} to {high}</source>
        <translation>{layer}, unità {unit}: uscita da {low} a {high}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Salvare le modifiche a «{name}»?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Se non le salvi, le modifiche andranno perse.</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;Network files (*.json);;Keras models (*.keras);;All files (*)</source>
        <translation>Progetti LayerLab (*.layerlab);;File di rete (*.json);;Modelli Keras (*.keras);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Apri una rete</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Apri un&apos;immagine</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>Carica i pesi</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Pesi Keras (*.weights.h5)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation>Tabelle CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npz)</source>
        <translation>Array NumPy (*.npz)</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;Network files (*.json);;All files (*)</source>
        <translation>Progetti LayerLab (*.layerlab);;File di rete (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>Salva la rete</translation>
    </message>
    <message>
        <source>Figure size</source>
        <translation>Dimensione della figura</translation>
    </message>
    <message>
        <source>Times the size on screen (2 suits slides):</source>
        <translation>Volte la dimensione sullo schermo (2 va bene per le slide):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
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
        <source>Add this drawing (as the 28×28 image below) to an image-folder dataset: one subfolder per class. Collect your own handwriting and train on it.</source>
        <translation>Aggiungi questo disegno (l&apos;immagine 28×28 qui sotto) a un dataset a cartelle di immagini: una sottocartella per classe. Raccogli la tua calligrafia e addestra la rete su di essa.</translation>
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
        <source>The probabilities show once you have answered the lesson&apos;s question.</source>
        <translation>Le probabilità compaiono quando hai risposto alla domanda della lezione.</translation>
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
    <message>
        <source>No model can answer: {reason}.</source>
        <translation>Nessun modello può rispondere: {reason}.</translation>
    </message>
    <message>
        <source>Answering: &lt;b&gt;your network&lt;/b&gt; ({source}).</source>
        <translation>Risponde: &lt;b&gt;la tua rete&lt;/b&gt; ({source}).</translation>
    </message>
    <message>
        <source>Answering: &lt;b&gt;{name}&lt;/b&gt;. {reason}.</source>
        <translation>Risponde: &lt;b&gt;{name}&lt;/b&gt;. {reason}.</translation>
    </message>
    <message>
        <source>drawing → answer in {ms} ms</source>
        <translation>disegno → risposta in {ms} ms</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>il tuo disegno</translation>
    </message>
    <message>
        <source>pixel row {row}, column {column}: {value}</source>
        <translation>pixel riga {row}, colonna {column}: {value}</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Niente da salvare</translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation>Prima disegna una cifra.</translation>
    </message>
    <message>
        <source>Folder of your own dataset (one subfolder per class)</source>
        <translation>Cartella del tuo dataset (una sottocartella per classe)</translation>
    </message>
    <message>
        <source>Could not save the drawing</source>
        <translation>Impossibile salvare il disegno</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Salvato {path}.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger (Ctrl+Z: undo a stroke)</source>
        <translation>Disegna una cifra con il mouse, una penna o un dito (Ctrl+Z: annulla un tratto)</translation>
    </message>
    <message>
        <source>draw a digit here</source>
        <translation>disegna una cifra qui</translation>
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
        <source>layer</source>
        <translation>livello</translation>
    </message>
    <message>
        <source>test examples</source>
        <translation>esempi di test</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservato</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Adesso</translation>
    </message>
    <message>
        <source>Hover over a point to see its image; click to open it.</source>
        <translation>Passa sopra un punto per vederne l&apos;immagine; fai clic per aprirla.</translation>
    </message>
    <message>
        <source>Choose a classification dataset that fits the network (e.g. MNIST with LeNet-5).</source>
        <translation>Scegli un dataset di classificazione adatto alla rete (ad es. MNIST con LeNet-5).</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Experiment board</source>
        <translation>Banco di prova</translation>
    </message>
    <message>
        <source>(as the network)</source>
        <translation>(come la rete)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare up to four runs&lt;/b&gt; from the same initial weights and seed: change one setting per run and see what it does.</source>
        <translation>&lt;b&gt;Confronta fino a quattro addestramenti&lt;/b&gt; dagli stessi pesi iniziali e dallo stesso seme: cambia un&apos;impostazione per addestramento e guarda che effetto ha.</translation>
    </message>
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
        <source>Validation loss (solid: training)</source>
        <translation>Perdita di validazione (linea continua: addestramento)</translation>
    </message>
    <message>
        <source>Validation accuracy (solid: training)</source>
        <translation>Accuratezza di validazione (linea continua: addestramento)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>addestramento</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>ottimizzatore</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasso di apprendimento</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>dimensione del batch</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>attivazione</translation>
    </message>
    <message>
        <source>initialiser</source>
        <translation>inizializzazione</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>best val. acc.</source>
        <translation>migliore acc. val.</translation>
    </message>
    <message>
        <source>test acc.</source>
        <translation>acc. test</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>as set</source>
        <translation>come impostato</translation>
    </message>
    <message>
        <source>learning rate × 10</source>
        <translation>tasso di apprendimento × 10</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoca</translation>
    </message>
    <message>
        <source>The board compares up to {n} runs.</source>
        <translation>Il banco confronta al massimo {n} addestramenti.</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>addestramento {n}</translation>
    </message>
    <message>
        <source>{what} is running: stop it or let it finish, then start the board.</source>
        <translation>{what} è in corso: fermalo o lascialo finire, poi avvia il banco.</translation>
    </message>
    <message>
        <source>No data to train on: {reason}</source>
        <translation>Nessun dato su cui addestrare: {reason}</translation>
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
        <source>The experiment board</source>
        <translation>Il banco di prova</translation>
    </message>
    <message>
        <source>Training run {n}: epoch {epoch}</source>
        <translation>Addestramento {n}: epoca {epoch}</translation>
    </message>
    <message>
        <source>Runs done: {n}.</source>
        <translation>Addestramenti conclusi: {n}.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Train the runs first.</source>
        <translation>Addestra prima le configurazioni.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Results written to {name}</source>
        <translation>Risultati scritti in {name}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>Fix the problems in the network first.</source>
        <translation>Prima correggi i problemi della rete.</translation>
    </message>
    <message>
        <source>Export an untrained model?</source>
        <translation>Esportare un modello non addestrato?</translation>
    </message>
    <message>
        <source>This network has not been trained: the file will hold its random initial weights. Export anyway?</source>
        <translation>Questa rete non è stata addestrata: il file conterrà i suoi pesi iniziali casuali. Esportare comunque?</translation>
    </message>
    <message>
        <source>Keras model (*.keras)</source>
        <translation>Modello Keras (*.keras)</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Saved the model ({source}) as {name}</source>
        <translation>Modello ({source}) salvato come {name}</translation>
    </message>
    <message>
        <source>Cannot load weights</source>
        <translation>Impossibile caricare i pesi</translation>
    </message>
    <message>
        <source>Loaded the weights of {name}</source>
        <translation>Caricati i pesi di {name}</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Pesi Keras (*.weights.h5)</translation>
    </message>
    <message>
        <source>Saved the weights ({source}) as {name}</source>
        <translation>Pesi ({source}) salvati come {name}</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Prima scegli un dataset nella barra degli strumenti.</translation>
    </message>
    <message>
        <source>Cannot export the script</source>
        <translation>Impossibile esportare lo script</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script Python (*.py)</translation>
    </message>
    <message>
        <source>Wrote {name}: run it with python {name}</source>
        <translation>Scritto {name}: eseguilo con python {name}</translation>
    </message>
    <message>
        <source>Fix the problems listed below first.</source>
        <translation>Prima correggi i problemi elencati qui sotto.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Testo (*.txt)</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Esportato {name}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}: impossibile scriverlo</translation>
    </message>
    <message>
        <source>Point at a plot, a picture or the network, then press Ctrl+Alt+S</source>
        <translation>Punta un grafico, un&apos;immagine o la rete, poi premi Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Point at a plot, a picture or the network, then press Ctrl+Shift+C</source>
        <translation>Punta un grafico, un&apos;immagine o la rete, poi premi Ctrl+Maiusc+C</translation>
    </message>
    <message>
        <source>Figure copied: paste it into your slides</source>
        <translation>Figura copiata: incollala nelle tue slide</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niente da esportare</translation>
    </message>
    <message>
        <source>Train the network first.</source>
        <translation>Prima addestra la rete.</translation>
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
        <source>The loss of this one example: training lowers its average over the training set</source>
        <translation>La perdita di questo solo esempio: l&apos;addestramento ne abbassa la media sull&apos;insieme di addestramento</translation>
    </message>
    <message>
        <source>Click a unit of a map to see which input pixels it sees.</source>
        <translation>Fai clic su un&apos;unità di una mappa per vedere quali pixel di ingresso vede.</translation>
    </message>
    <message>
        <source>The network takes {network} but {dataset} examples are {data}: choose a matching dataset or fix the input layer.</source>
        <translation>La rete prende {network} ma gli esempi di {dataset} sono {data}: scegli un dataset adatto o correggi il layer di ingresso.</translation>
    </message>
    <message>
        <source>There are no test examples of this class.</source>
        <translation>Non ci sono esempi di test di questa classe.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <extracomment>The recovery file&apos;s note (when it was written, for which file) is a few hundred bytes.</extracomment>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>Training settings not used</source>
        <translation>Impostazioni di addestramento non usate</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossibile aprire</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Aperto {name}</translation>
    </message>
    <message>
        <source>Cannot open yet</source>
        <translation>Non ancora apribile</translation>
    </message>
    <message>
        <source>TensorFlow is still loading; try again in a few seconds.</source>
        <translation>TensorFlow si sta ancora caricando; riprova tra qualche secondo.</translation>
    </message>
    <message>
        <source>Cannot open this model</source>
        <translation>Impossibile aprire questo modello</translation>
    </message>
    <message>
        <source>Opened {name} with its weights; save it as a project to keep edits</source>
        <translation>Aperto {name} con i suoi pesi; salvalo come progetto per conservare le modifiche</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <source>{path}: {reason}. Nothing was lost; choose another place.</source>
        <translation>{path}: {reason}. Non si è perso nulla; scegli un altro posto.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Salvato {name}</translation>
    </message>
    <message>
        <source>The recovery file could not be read ({reason}); kept as {name}</source>
        <translation>Il file di recupero non è leggibile ({reason}); conservato come {name}</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Recuperare il lavoro non salvato?</translation>
    </message>
    <message>
        <source>LayerLab did not close normally. Recover the project you were working on ({when})?</source>
        <translation>LayerLab non si è chiuso normalmente. Recuperare il progetto su cui stavi lavorando ({when})?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Impossibile recuperare</translation>
    </message>
    <message>
        <source>{reason}
The recovery file was kept as {name} in {folder}.</source>
        <translation>{reason}
Il file di recupero è stato conservato come {name} in {folder}.</translation>
    </message>
    <message>
        <source>Recovered unsaved work</source>
        <translation>Lavoro non salvato recuperato</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>one scale for all</source>
        <translation>una scala per tutti</translation>
    </message>
    <message>
        <source>each filter its own scale</source>
        <translation>ogni filtro la sua scala</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Livello:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colori:</translation>
    </message>
    <message>
        <source>This network has no weights to show as pictures: the filter viewer shows Conv2D kernels, and Dense layers fed by a flattened image.</source>
        <translation>Questa rete non ha pesi da mostrare come immagini: il visualizzatore di filtri mostra i kernel Conv2D e i layer Dense alimentati da un&apos;immagine appiattita.</translation>
    </message>
    <message>
        <source>{count} filters × {inputs} input channels (one column per filter, one row per channel), {height}×{width} each</source>
        <translation>{count} filtri × {inputs} canali di ingresso (una colonna per filtro, una riga per canale), {height}×{width} ciascuno</translation>
    </message>
    <message>
        <source>{count} filters</source>
        <translation>{count} filtri</translation>
    </message>
    <message>
        <source>{count} units, each unit&apos;s weights laid out like the input image</source>
        <translation>{count} unità, i pesi di ogni unità disposti come l&apos;immagine di ingresso</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: {what}. Hover for values.</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt;: {what}. Passa il mouse per i valori.</translation>
    </message>
    <message>
        <source>each filter&apos;s own largest weight</source>
        <translation>il peso più grande di ciascun filtro</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2166ac&apos;&gt;■ negative&lt;/span&gt; · white 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;■ positive&lt;/span&gt; (full colour at {scale})</source>
        <translation>&lt;span style=&apos;color:#2166ac&apos;&gt;■ negativo&lt;/span&gt; · bianco 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;■ positivo&lt;/span&gt; (colore pieno a {scale})</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Gradient size per layer (now)</source>
        <translation>Ampiezza del gradiente per livello (ora)</translation>
    </message>
    <message>
        <source>mean |∂L/∂w|</source>
        <translation>media di |∂L/∂w|</translation>
    </message>
    <message>
        <source>… over training (first layer light, output dark)</source>
        <translation>… durante l&apos;addestramento (primo livello chiaro, uscita scura)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoca</translation>
    </message>
    <message>
        <source>Histograms over epochs of layer</source>
        <translation>Istogrammi lungo le epoche del livello</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesi</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradienti ∂L/∂w</translation>
    </message>
    <message>
        <source>Train a network with this tab open: each layer&apos;s gradient size is measured four times a second. Try the presets &lt;i&gt;deep-sigmoid&lt;/i&gt; and &lt;i&gt;deep-relu&lt;/i&gt; (File → New from template) on the spirals: the sigmoid stack&apos;s first layers get almost no gradient.</source>
        <translation>Addestra una rete con questa scheda aperta: l&apos;ampiezza del gradiente di ogni livello viene misurata quattro volte al secondo. Prova i modelli &lt;i&gt;deep-sigmoid&lt;/i&gt; e &lt;i&gt;deep-relu&lt;/i&gt; (File → Nuovo da modello) sulle spirali: i primi livelli della pila sigmoide non ricevono quasi nessun gradiente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean |∂L/∂w| per layer&lt;/b&gt;, first layer → output, averaged over the last {recent} readings of {examples} training examples (log scale). The output layer&apos;s gradients are &lt;b&gt;{ratio}×&lt;/b&gt; the first layer&apos;s.</source>
        <translation>&lt;b&gt;Media di |∂L/∂w| per livello&lt;/b&gt;, dal primo livello all&apos;uscita, sulle ultime {recent} misure di {examples} esempi di addestramento (scala log). I gradienti del livello di uscita sono &lt;b&gt;{ratio}×&lt;/b&gt; quelli del primo livello.</translation>
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
        <source>Sequences</source>
        <translation>Sequenze</translation>
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
    <name>JoinDialog</name>
    <message>
        <source>Join a class</source>
        <translation>Unisciti a una classe</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Cerca di nuovo</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:8765</source>
        <translation>per es. 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unisciti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Codice della classe</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Classes on this network</source>
        <translation>Classi su questa rete</translation>
    </message>
    <message>
        <source>Looking for classes…</source>
        <translation>Ricerca delle classi…</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) found.</source>
        <translation>
            <numerusform>%n classe trovata.</numerusform>
            <numerusform>%n classi trovate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No class found: type the address the teacher shows.</source>
        <translation>Nessuna classe trovata: scrivi l&apos;indirizzo che mostra l&apos;insegnante.</translation>
    </message>
    <message>
        <source>Cannot look for classes ({reason}): type the address.</source>
        <translation>Impossibile cercare le classi ({reason}): scrivi l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The address is HOST:PORT, e.g. 192.168.1.20:8765.</source>
        <translation>L&apos;indirizzo è HOST:PORTA, per es. 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the class code and your name.</source>
        <translation>Scrivi il codice della classe e il tuo nome.</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>This network is too big to set every weight by hand, but its convolution kernels can be typed: choose one, type numbers or put in a preset, and see what it finds.</source>
        <translation>Questa rete è troppo grande per impostare ogni peso a mano, ma i suoi kernel di convoluzione si possono scrivere: scegline uno, scrivi dei numeri o inserisci un kernel predefinito, e guarda cosa trova.</translation>
    </message>
    <message>
        <source>kernel </source>
        <translation>kernel </translation>
    </message>
    <message>
        <source>input channel </source>
        <translation>canale di ingresso </translation>
    </message>
    <message>
        <source>(put a preset in)</source>
        <translation>(inserisci un kernel predefinito)</translation>
    </message>
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
    <name>LessonList</name>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
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
        <translation>I file di lezione di un insegnante: scegli la loro cartella</translation>
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
        <source>Progress could not be saved: {reason}</source>
        <translation>Impossibile salvare i progressi: {reason}</translation>
    </message>
    <message>
        <source>Open a folder of lessons</source>
        <translation>Apri una cartella di lezioni</translation>
    </message>
    <message>
        <source>{source}: id &apos;{id}&apos; is already a shipped lesson</source>
        <translation>{source}: l&apos;id &apos;{id}&apos; è già una lezione inclusa</translation>
    </message>
    <message>
        <source>{n} lesson(s) added from {folder}</source>
        <translation>Lezioni aggiunte da {folder}: {n}</translation>
    </message>
    <message>
        <source>; {n} could not be used (marked ⚠)</source>
        <translation>; {n} non utilizzabili (segnate ⚠)</translation>
    </message>
    <message>
        <source>Progress (*.json)</source>
        <translation>Progressi (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Progress written to {path}</source>
        <translation>Progressi scritti in {path}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>**Your task:** {task}</source>
        <translation>**Il tuo compito:** {task}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Lezione successiva ▶</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Fatto ✓</translation>
    </message>
    <message>
        <source>Predict, then run ▶</source>
        <translation>Prevedi, poi avvia ▶</translation>
    </message>
    <message>
        <source>the check could not be made: {error}</source>
        <translation>non è stato possibile fare la verifica: {error}</translation>
    </message>
    <message>
        <source> — look at {where}</source>
        <translation> — guarda {where}</translation>
    </message>
    <message>
        <source>make your prediction first</source>
        <translation>prima fai la tua previsione</translation>
    </message>
    <message>
        <source>You predicted {value}. Training… the result comes here.</source>
        <translation>Hai previsto {value}. Addestramento… il risultato comparirà qui.</translation>
    </message>
    <message>
        <source>the run did not start (is another one running?); press the button again</source>
        <translation>l&apos;addestramento non è partito (ne è in corso un altro?); premi di nuovo il pulsante</translation>
    </message>
    <message>
        <source>Lesson finished: {done} of {total} steps passed.</source>
        <translation>Lezione finita: {done} passi superati su {total}.</translation>
    </message>
    <message>
        <source>Next lesson: {title} (Next lesson ▶).</source>
        <translation>Lezione successiva: {title} (Lezione successiva ▶).</translation>
    </message>
    <message>
        <source>Make your prediction, then press Predict, then run.</source>
        <translation>Fai la tua previsione, poi premi «Prevedi, poi avvia».</translation>
    </message>
    <message>
        <source>Training with the solution&apos;s settings… press Check when it ends.</source>
        <translation>Addestramento con le impostazioni della soluzione… premi Verifica quando finisce.</translation>
    </message>
    <message>
        <source>This is one solution. Press Check.</source>
        <translation>Ecco una soluzione. Premi Verifica.</translation>
    </message>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Scegli una lezione qui sopra (doppio clic o Invio).</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Passo {n} di {total}</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ superato</translation>
    </message>
    <message>
        <source>Progress could not be saved: {reason}</source>
        <translation>Impossibile salvare i progressi: {reason}</translation>
    </message>
    <message>
        <source>Check ✓</source>
        <translation>Verifica ✓</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Avanti ▶</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one number; type digits with {point} or . as the decimal separator, e.g. -1{point}5</source>
        <translation>&apos;{text}&apos; non è un solo numero; scrivi cifre con {point} o . come separatore decimale, per es. -1{point}5</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>{answer} is not it: {hint}</source>
        <extracomment>Run metrics a prediction can be set against (those of the ``run`` check).</extracomment>
        <translation>{answer} non è giusto: {hint}</translation>
    </message>
    <message>
        <source>{answer} is not it: {off} too high.</source>
        <translation>{answer} non è giusto: {off} in più.</translation>
    </message>
    <message>
        <source>{answer} is not it: {off} too low.</source>
        <translation>{answer} non è giusto: {off} in meno.</translation>
    </message>
    <message>
        <source>Look again at {what}.</source>
        <translation>Guarda di nuovo {what}.</translation>
    </message>
    <message>
        <source>Look again at the numbers.</source>
        <translation>Guarda di nuovo i numeri.</translation>
    </message>
    <message>
        <source>answer the question first</source>
        <translation>prima rispondi alla domanda</translation>
    </message>
    <message>
        <source>✓ {answer} is right</source>
        <translation>✓ {answer} è giusto</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not it: {hint}</source>
        <translation>&apos;{answer}&apos; non è giusto: {hint}</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not it; think again</source>
        <translation>&apos;{answer}&apos; non è giusto; ripensaci</translation>
    </message>
    <message>
        <source>make your prediction first</source>
        <translation>prima fai la tua previsione</translation>
    </message>
    <message>
        <source>choose one of the answers</source>
        <translation>scegli una delle risposte</translation>
    </message>
    <message>
        <source>Run first: your prediction is noted.</source>
        <translation>Prima avvia: la tua previsione è annotata.</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;: that is what happened</source>
        <translation>Avevi previsto &apos;{answer}&apos;: è proprio quello che è successo</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;; what happened: &apos;{result}&apos;</source>
        <translation>Avevi previsto &apos;{answer}&apos;; è successo: &apos;{result}&apos;</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;; compare it with the run</source>
        <translation>Avevi previsto &apos;{answer}&apos;; confrontalo con l&apos;addestramento</translation>
    </message>
    <message>
        <source>({measure}: {value})</source>
        <translation>({measure}: {value})</translation>
    </message>
    <message>
        <source>the run has no {measure}</source>
        <translation>l&apos;addestramento non ha {measure}</translation>
    </message>
    <message>
        <source>You predicted {answer}; the run gave {value}: close</source>
        <translation>Avevi previsto {answer}; l&apos;addestramento ha dato {value}: vicino</translation>
    </message>
    <message>
        <source>You predicted {answer}; the run gave {value} (off by {off})</source>
        <translation>Avevi previsto {answer}; l&apos;addestramento ha dato {value} (scarto {off})</translation>
    </message>
    <message>
        <source>{what} is {value}; it should be {want}</source>
        <extracomment>Checks one ``all`` may combine: a step asks for a handful of things, never dozens. Kinds that read the student&apos;s answer box; one step has one box.</extracomment>
        <translation>{what} è {value}; dovrebbe essere {want}</translation>
    </message>
    <message>
        <source>{what} is {value}; it should reach {want}</source>
        <translation>{what} è {value}; dovrebbe arrivare a {want}</translation>
    </message>
    <message>
        <source>{what} is {value}; it should be at most {want}</source>
        <translation>{what} è {value}; dovrebbe essere al massimo {want}</translation>
    </message>
    <message>
        <source>✓ {what} is {value}</source>
        <translation>✓ {what} è {value}</translation>
    </message>
    <message>
        <source>the network has a problem: {problem}</source>
        <translation>la rete ha un problema: {problem}</translation>
    </message>
    <message>
        <source>✓ the network checks out</source>
        <translation>✓ la rete è a posto</translation>
    </message>
    <message>
        <source>{layer}&apos;s parameter count</source>
        <translation>il numero di parametri di {layer}</translation>
    </message>
    <message>
        <source>the parameter count</source>
        <translation>il numero di parametri</translation>
    </message>
    <message>
        <source>✓ {layer} gives {shape}</source>
        <translation>✓ {layer} dà {shape}</translation>
    </message>
    <message>
        <source>unknown (fix the problems first)</source>
        <translation>sconosciuto (prima correggi i problemi)</translation>
    </message>
    <message>
        <source>{layer} gives {got}; it should give {want}</source>
        <translation>{layer} dà {got}; dovrebbe dare {want}</translation>
    </message>
    <message>
        <source>there is no valid layer &apos;{layer}&apos;</source>
        <translation>non c&apos;è un livello valido &apos;{layer}&apos;</translation>
    </message>
    <message>
        <source>✓ {layer}.{param} is {value}</source>
        <translation>✓ {layer}.{param} è {value}</translation>
    </message>
    <message>
        <source>{layer}.{param} is {value}; it should be {want}</source>
        <translation>{layer}.{param} è {value}; dovrebbe essere {want}</translation>
    </message>
    <message>
        <source>the network has {have} {kind} layer(s){place}; it needs at least {need}</source>
        <translation>la rete ha {have} livello/i {kind}{place}; ne servono almeno {need}</translation>
    </message>
    <message>
        <source>✓ {have} {kind} layer(s){place}</source>
        <translation>✓ {have} livello/i {kind}{place}</translation>
    </message>
    <message>
        <source>early stopping is off; turn it on</source>
        <translation>l&apos;arresto anticipato è spento; attivalo</translation>
    </message>
    <message>
        <source>there is no training setting &apos;{name}&apos;</source>
        <translation>non c&apos;è un&apos;impostazione di addestramento &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{name} is {value}; it should be {want}</source>
        <translation>{name} è {value}; dovrebbe essere {want}</translation>
    </message>
    <message>
        <source>✓ {name} is {value}</source>
        <translation>✓ {name} è {value}</translation>
    </message>
    <message>
        <source>{right} of {total} rows right; wrong for {wrong}</source>
        <translation>{right} righe giuste su {total}; sbagliate per {wrong}</translation>
    </message>
    <message>
        <source>✓ all {total} rows right</source>
        <translation>✓ tutte le {total} righe giuste</translation>
    </message>
    <message>
        <source>the dataset has no examples to check against</source>
        <translation>il dataset non ha esempi con cui verificare</translation>
    </message>
    <message>
        <source>the accuracy</source>
        <translation>l&apos;accuratezza</translation>
    </message>
    <message>
        <source>train first: there is no run yet</source>
        <translation>prima addestra: non c&apos;è ancora nessun addestramento</translation>
    </message>
    <message>
        <source>the run ended with &apos;{got}&apos;, not &apos;{want}&apos;</source>
        <translation>l&apos;addestramento è finito con &apos;{got}&apos;, non &apos;{want}&apos;</translation>
    </message>
    <message>
        <source>✓ the run ended with &apos;{reason}&apos;</source>
        <translation>✓ l&apos;addestramento è finito con &apos;{reason}&apos;</translation>
    </message>
    <message>
        <source>the run has no {metric}</source>
        <translation>l&apos;addestramento non ha {metric}</translation>
    </message>
    <message>
        <source>after {layer}</source>
        <translation>dopo {layer}</translation>
    </message>
    <message>
        <source>before {layer}</source>
        <translation>prima di {layer}</translation>
    </message>
    <message>
        <source>there is no layer &apos;{layer}&apos;</source>
        <translation>non c&apos;è un livello &apos;{layer}&apos;</translation>
    </message>
    <message>
        <source>there is no {what} layer{place}</source>
        <translation>non c&apos;è un livello {what}{place}</translation>
    </message>
    <message>
        <source>Weights by hand</source>
        <extracomment>The panels a verdict can name (``Place.panel``).</extracomment>
        <translation>Pesi a mano</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>Training → Start</source>
        <translation>Addestramento → Avvia</translation>
    </message>
    <message>
        <source>Training, or Weights by hand</source>
        <translation>Addestramento, o Pesi a mano</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>the answer box</source>
        <translation>la casella della risposta</translation>
    </message>
    <message>
        <source>the network canvas</source>
        <translation>il piano della rete</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>i dati</translation>
    </message>
    <message>
        <source>the status bar</source>
        <translation>la barra di stato</translation>
    </message>
    <message>
        <source>Properties of {layer}</source>
        <translation>Proprietà di {layer}</translation>
    </message>
    <message>
        <source>Properties of {layer} → {param}</source>
        <translation>Proprietà di {layer} → {param}</translation>
    </message>
    <message>
        <source>Training → {setting}</source>
        <translation>Addestramento → {setting}</translation>
    </message>
    <message>
        <source>the palette → {kind}</source>
        <translation>la tavolozza → {kind}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostato</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>spento</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not a number</source>
        <translation>&apos;{answer}&apos; non è un numero</translation>
    </message>
</context>
<context>
    <name>LoopBridge</name>
    <message>
        <source>the class hub is not running</source>
        <translation>il server della classe non è attivo</translation>
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
        <source>Training… the network cannot be edited until it stops</source>
        <translation>Addestramento… la rete non si può modificare finché non si ferma</translation>
    </message>
    <message>
        <source>Settings not used: {keys} (point here for why).</source>
        <translation>Impostazioni non usate: {keys} (punta qui per sapere perché).</translation>
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
    <message>
        <source>layer</source>
        <translation>livello</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unità</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>passi</translation>
    </message>
    <message>
        <source>The {n} test images that excite this unit most</source>
        <translation>Le {n} immagini di test che eccitano di più questa unità</translation>
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
        <source>Se&amp;quences</source>
        <translation>Se&amp;quenze</translation>
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
        <source>epoch</source>
        <extracomment>Epoch points drawn with markers: past this many they blur into the line, and pyqtgraph rebuilds every marker at each redraw (a 1,000-epoch toy run spent most of its GUI time there).</extracomment>
        <translation>epoca</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>addestramento {n}</translation>
    </message>
    <message>
        <source>{title} — run {n}</source>
        <translation>{title} — addestramento {n}</translation>
    </message>
    <message>
        <source>run {n}: {label}</source>
        <translation>addestramento {n}: {label}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>addestramento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validazione</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>{label}: {value} (epoch {epoch})</source>
        <translation>{label}: {value} (epoca {epoch})</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>The whole network: click or drag to go there</source>
        <translation>Tutta la rete: fai clic o trascina per andarci</translation>
    </message>
</context>
<context>
    <name>ModelState</name>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow si sta ancora caricando…</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar.</source>
        <translation>Scegli un dataset nella barra degli strumenti.</translation>
    </message>
    <message>
        <source>The project&apos;s trained model could not be read: {error}</source>
        <translation>Il modello addestrato del progetto non è leggibile: {error}</translation>
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
        <translation>Rete di {name} (sola lettura)</translation>
    </message>
    <message>
        <source>This network cannot be shown: {problem}</source>
        <translation>Questa rete non si può mostrare: {problem}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{value} is outside the range: type a number from {low} to {high}.</source>
        <extracomment>the frame of a refused number, drawn over the field (a style sheet would freeze the field&apos;s font at the size it had when marked: presentation mode&apos;s larger text never reached it)</extracomment>
        <translation>{value} è fuori dall&apos;intervallo: scrivi un numero da {low} a {high}.</translation>
    </message>
    <message>
        <source>{value} is too small: type a number from {low} on.</source>
        <translation>{value} è troppo piccolo: scrivi un numero da {low} in su.</translation>
    </message>
    <message>
        <source>{value} is too large: type a number up to {high}.</source>
        <translation>{value} è troppo grande: scrivi un numero fino a {high}.</translation>
    </message>
    <message>
        <source>The value stays {value}.</source>
        <translation>Il valore resta {value}.</translation>
    </message>
</context>
<context>
    <name>NumberGrid</name>
    <message>
        <source>padding: a zero added around the input</source>
        <translation>padding: uno zero aggiunto intorno all&apos;ingresso</translation>
    </message>
    <message>
        <source>the cell keeps {value}</source>
        <translation>la cella tiene {value}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Type a number, for example {example}.</source>
        <translation>Scrivi un numero, per esempio {example}.</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is too long for a number ({count} characters; at most {limit}).</source>
        <translation>&apos;{start}…&apos; è troppo lungo per un numero ({count} caratteri; al massimo {limit}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large for a number; numbers go up to about 1.8e308.</source>
        <translation>&apos;{text}&apos; è troppo grande per un numero; i numeri arrivano a circa 1.8e308.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one sign. Write at most one minus in front, for example {example}.</source>
        <translation>&apos;{text}&apos; ha più di un segno. Scrivi al massimo un meno davanti, per esempio {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one number here: &apos;{char}&apos; cannot separate groups of digits. Write the digits together (1000 for a thousand) and {points} for the decimals (1{point}5).</source>
        <translation>«{text}» qui non è un solo numero: «{char}» non può separare gruppi di cifre. Scrivi le cifre attaccate (1000 per mille) e {points} per i decimali (1{point}5).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one decimal point. A number has one, written {points}, for example {example}.</source>
        <translation>«{text}» ha più di un separatore decimale. Un numero ne ha uno, scritto {points}, per esempio {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Write digits with at most one decimal point ({points}) and an optional minus in front, for example {example} or 2e-3.</source>
        <translation>«{text}» non è un numero. Scrivi cifre con al massimo un separatore decimale ({points}) e, se serve, un meno davanti, per esempio {example} o 2e-3.</translation>
    </message>
    <message>
        <source>&apos;{point}&apos; or &apos;.&apos;</source>
        <translation>«{point}» o «.»</translation>
    </message>
</context>
<context>
    <name>OwnDataDialog</name>
    <message>
        <source>Image folder (one subfolder per class)</source>
        <translation>Cartella di immagini (una sottocartella per classe)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tabella CSV (.csv)</translation>
    </message>
    <message>
        <source>IDX files (a folder, MNIST format)</source>
        <translation>File IDX (una cartella, formato MNIST)</translation>
    </message>
    <message>
        <source>NumPy arrays (.npz, Keras style)</source>
        <translation>Array NumPy (.npz, stile Keras)</translation>
    </message>
    <message>
        <source>Your own data</source>
        <extracomment>the tasks a CSV table can be read as (the loader&apos;s words are the data)</extracomment>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <source>choose a file or folder…</source>
        <translation>scegli un file o una cartella…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classificazione</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regressione</translation>
    </message>
    <message>
        <source>scale each feature to mean 0, spread 1</source>
        <translation>porta ogni caratteristica a media 0 e dispersione 1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Choose your data, then Preview.</source>
        <translation>Scegli i tuoi dati, poi Anteprima.</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>Usa questi dati</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Colonna obiettivo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Caratteristiche</translation>
    </message>
    <message>
        <source>Choose a file or folder first.</source>
        <translation>Prima scegli un file o una cartella.</translation>
    </message>
    <message>
        <source>{name} looks like {kind}, not {wanted}: choose that kind, or another file.</source>
        <translation>{name} sembra: {kind}, non: {wanted}; scegli quel tipo o un altro file.</translation>
    </message>
    <message>
        <source>{name} cannot be used:
{reason}</source>
        <translation>{name} non si può usare:
{reason}</translation>
    </message>
    <message>
        <source>of shape {shape}</source>
        <translation>di forma {shape}</translation>
    </message>
    <message>
        <source>with 1 feature</source>
        <translation>con 1 caratteristica</translation>
    </message>
    <message>
        <source>with {n} features</source>
        <translation>con {n} caratteristiche</translation>
    </message>
    <message>
        <source>{title}: {train} training and {test} test examples {what}, {task}.</source>
        <translation>{title}: {train} esempi di addestramento e {test} di test {what}, {task}.</translation>
    </message>
    <message>
        <source>Classes: {list}</source>
        <translation>Classi: {list}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <source>give one row of inputs per 0/1 label</source>
        <translation>dai una riga di ingressi per ogni etichetta 0/1</translation>
    </message>
    <message>
        <source>the perceptron rule needs labels 0 and 1</source>
        <translation>la regola del percettrone vuole etichette 0 e 1</translation>
    </message>
    <message>
        <source>the learning rate must be positive, got {lr}</source>
        <translation>il tasso di apprendimento deve essere positivo, ricevuto {lr}</translation>
    </message>
    <message>
        <source>epochs must be from 1 to {limit}</source>
        <translation>le epoche vanno da 1 a {limit}</translation>
    </message>
    <message>
        <source>{need} weights are needed, got {got}</source>
        <translation>servono {need} pesi, ricevuti {got}</translation>
    </message>
    <message>
        <source>converged in epoch {epoch}: every example is on the right side of the line</source>
        <translation>convergenza all&apos;epoca {epoch}: ogni esempio è dal lato giusto della retta</translation>
    </message>
    <message>
        <source>after epoch {epoch} the weights are back where they were before: the rule will cycle for ever. No line separates these classes (not linearly separable)</source>
        <translation>dopo l&apos;epoca {epoch} i pesi sono tornati dov&apos;erano: la regola girerà in tondo per sempre. Nessuna retta separa queste classi (non linearmente separabili)</translation>
    </message>
    <message>
        <source>still making mistakes after {epochs} epochs</source>
        <translation>ancora errori dopo {epochs} epoche</translation>
    </message>
    <message>
        <source>the perceptron rule trains one layer of one unit; this network has none</source>
        <translation>la regola del percettrone addestra uno strato di una sola unità; questa rete non ha strati</translation>
    </message>
    <message>
        <source>the perceptron rule trains one layer of one unit; this network has {kinds}</source>
        <translation>la regola del percettrone addestra uno strato di una sola unità; questa rete ha {kinds}</translation>
    </message>
    <message>
        <source>the perceptron rule trains one unit; layer &apos;{layer}&apos; has {units}</source>
        <translation>la regola del percettrone addestra una sola unità; lo strato «{layer}» ne ha {units}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; uses {activation}; the perceptron rule is for a step unit (or sigmoid, whose line w·x + b = 0 is the same)</source>
        <translation>lo strato «{layer}» usa {activation}; la regola del percettrone è per un&apos;unità a gradino (o sigmoide, con la stessa retta w·x + b = 0)</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — right, nothing changes</source>
        <translation>epoca {epoch}, esempio {example}: x = ({x}), y = {y}, h(x) = {h} — giusto, nulla cambia</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — wrong: {changes} → w = ({weights}), b = {bias}</source>
        <translation>epoca {epoch}, esempio {example}: x = ({x}), y = {y}, h(x) = {h} — sbagliato: {changes} → w = ({weights}), b = {bias}</translation>
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
        <source>start from</source>
        <translation>parti da</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>al massimo</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoche</translation>
    </message>
    <message>
        <source>&lt;b&gt;The perceptron rule&lt;/b&gt;: h(x) = step(w·x + b); after each example w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + α·(y − h(x))·x&lt;sub&gt;i&lt;/sub&gt; and b ← b + α·(y − h(x)).</source>
        <translation>&lt;b&gt;La regola del percettrone&lt;/b&gt;: h(x) = gradino(w·x + b); dopo ogni esempio w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + α·(y − h(x))·x&lt;sub&gt;i&lt;/sub&gt; e b ← b + α·(y − h(x)).</translation>
    </message>
    <message>
        <source>{reason}. Open the Perceptron (AND) network (File → New from template) and a logic-gate dataset.</source>
        <translation>{reason}. Apri la rete Percettrone (AND) (File → Nuovo da modello) e un dataset di porte logiche.</translation>
    </message>
    <message>
        <source>Choose a dataset: a logic gate (AND, OR, XOR…) or another 2-class 2-D set.</source>
        <translation>Scegli un dataset: una porta logica (AND, OR, XOR…) o un altro insieme 2D a 2 classi.</translation>
    </message>
    <message>
        <source>{title} does not have the classes 0 and 1 the perceptron rule needs; choose a logic gate (AND, OR, XOR…).</source>
        <translation>{title} non ha le classi 0 e 1 che servono alla regola del percettrone; scegli una porta logica (AND, OR, XOR…).</translation>
    </message>
    <message>
        <source>… (the first {n} updates are listed)</source>
        <translation>… (sono elencati i primi {n} aggiornamenti)</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {n}: x = ({x}), y = {y}, h(x) = {h}</source>
        <translation>epoca {epoch}, esempio {n}: x = ({x}), y = {y}, h(x) = {h}</translation>
    </message>
    <message>
        <source> — right, nothing changes</source>
        <translation> — giusto, non cambia nulla</translation>
    </message>
    <message>
        <source> — wrong: {changes} → w = ({weights}), b = {b}</source>
        <translation> — sbagliato: {changes} → w = ({weights}), b = {b}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {n} mistake(s) so far</source>
        <translation>Epoca {epoch}: errori finora: {n}</translation>
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
    <message>
        <source>LSTM digit reader</source>
        <translation>Lettore di cifre LSTM</translation>
    </message>
    <message>
        <source>Sine forecaster (SimpleRNN)</source>
        <translation>Previsore di seno (SimpleRNN)</translation>
    </message>
    <message>
        <source>Small Vision Transformer</source>
        <translation>Piccolo Vision Transformer</translation>
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
        <extracomment>The layer names Keras builds and TensorFlow&apos;s compiled graphs accept (its scope names are ASCII letters, digits and &apos;_.-/&gt;&apos;; Keras refuses &apos;/&apos;, and &apos;&gt;&apos; is scope syntax). &apos;-&apos; and &apos;.&apos; may come first: Keras builds, compiles and saves such layers.</extracomment>
        <translation>l&apos;id «{id}» contiene caratteri che Keras non accetta nei nomi dei livelli</translation>
    </message>
    <message>
        <source>use only letters A–Z and a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>usa solo le lettere A–Z e a–z, le cifre, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;</translation>
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
    <message>
        <source>{layer} needs a sequence input (time steps, features); got {shape}</source>
        <extracomment>Weight blocks per kind of cell: one for a simple RNN, four gates for an LSTM (input, forget, cell, output), three for a GRU (update, reset, candidate).</extracomment>
        <translation>{layer} richiede un ingresso sequenziale (passi temporali, caratteristiche); ricevuto {shape}</translation>
    </message>
    <message>
        <source>no nonlinearity between this layer and Dense &apos;{next}&apos;: without one, consecutive layers collapse into one linear map (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)), so the extra layer adds parameters but can learn nothing one layer could not</source>
        <extracomment>Layers a linear map passes through and stays linear (Dropout scales, Flatten and Reshape move values, an Activation layer set to linear does nothing, BatchNormalization is affine once trained): a Dense on either side of them still collapses with the other.</extracomment>
        <translation>nessuna non linearità tra questo livello e il Dense &apos;{next}&apos;: senza, i livelli consecutivi si riducono a una sola mappa lineare (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)), quindi il livello in più aggiunge parametri ma non può imparare nulla che un livello solo non potrebbe</translation>
    </message>
    <message>
        <source>choose an activation for it such as relu, tanh or sigmoid</source>
        <translation>scegli per esso un&apos;attivazione come relu, tanh o sigmoid</translation>
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
    <name>Project</name>
    <message>
        <source>the training settings of &apos;{name}&apos;</source>
        <translation>le impostazioni di addestramento di «{name}»</translation>
    </message>
    <message>
        <source>{problem}. The usual settings are used instead.</source>
        <translation>{problem}. Si usano invece le impostazioni abituali.</translation>
    </message>
</context>
<context>
    <name>ProjectState</name>
    <message>
        <source>Input shape for {dataset}</source>
        <translation>Forma di ingresso per {dataset}</translation>
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
    <message>
        <source>The formula with this layer&apos;s numbers shows once you have answered.</source>
        <translation>La formula con i numeri di questo strato compare quando hai risposto.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Train a network to see its test results here.</source>
        <translation>Addestra una rete per vedere qui i risultati del test.</translation>
    </message>
    <message>
        <source>Rows: true class · columns: predicted class · click a cell to see those test examples</source>
        <translation>Righe: classe vera · colonne: classe prevista · clicca una cella per vedere quegli esempi di test</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Addestramento…</translation>
    </message>
    <message>
        <source>No test evaluation for this run.</source>
        <translation>Nessuna valutazione di test per questo addestramento.</translation>
    </message>
    <message>
        <source>Test accuracy {percent} %</source>
        <translation>Accuratezza di test {percent} %</translation>
    </message>
    <message>
        <source>test loss {value}</source>
        <translation>perdita di test {value}</translation>
    </message>
    <message>
        <source>test {metric} {value}</source>
        <translation>{metric} di test {value}</translation>
    </message>
    <message>
        <source>The test results show once you have made your prediction.</source>
        <translation>I risultati del test compaiono quando hai fatto la tua previsione.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuratezza</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count}</source>
        <translation>vero {true}, previsto {predicted}: {count}</translation>
    </message>
    <message>
        <source>test example {index}: true {true}, predicted {predicted} with {percent} %</source>
        <translation>esempio di test {index}: vero {true}, previsto {predicted} al {percent} %</translation>
    </message>
    <message>
        <source>Most confident mistakes ({n} shown)</source>
        <translation>Errori più sicuri ({n} mostrati)</translation>
    </message>
    <message>
        <source>No mistakes on the test set</source>
        <translation>Nessun errore sull&apos;insieme di test</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n} test examples</source>
        <translation>Vero {true}, previsto {predicted}: {n} esempi di test</translation>
    </message>
    <message>
        <source>(first {n})</source>
        <translation>(primi {n})</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuratezza</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>The student&apos;s name</source>
        <translation>Il nome dello studente</translation>
    </message>
    <message>
        <source>Connected to the class now</source>
        <translation>Connesso alla classe adesso</translation>
    </message>
    <message>
        <source>The lesson they are on</source>
        <translation>La lezione a cui è arrivato</translation>
    </message>
    <message>
        <source>The step of the lesson they are on</source>
        <translation>Il passo della lezione a cui è arrivato</translation>
    </message>
    <message>
        <source>The checks of their step: ✓ passed, ✗ failed</source>
        <translation>Le verifiche del suo passo: ✓ superata, ✗ non superata</translation>
    </message>
    <message>
        <source>The loss curve of their latest run</source>
        <translation>La curva di perdita del suo ultimo addestramento</translation>
    </message>
    <message>
        <source>Test accuracy of their latest run</source>
        <translation>L&apos;accuratezza di test del suo ultimo addestramento</translation>
    </message>
    <message>
        <source>Parameters of their network</source>
        <translation>I parametri della sua rete</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>non in linea</translation>
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
        <source>Train exactly one batch (or one epoch) and pause, so every view shows the result: gradient descent one step at a time.</source>
        <translation>Addestra esattamente un batch (o un&apos;epoca) e metti in pausa, così ogni vista mostra il risultato: discesa del gradiente un passo alla volta.</translation>
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
        <source>Same start as an earlier run: its initial weights, its seed (data split and shuffling) — so the new run differs only in the settings you changed.</source>
        <translation>Stessa partenza di un addestramento precedente: i suoi pesi iniziali, il suo seme (divisione e mescolamento dei dati) — così il nuovo addestramento differisce solo nelle impostazioni cambiate.</translation>
    </message>
    <message>
        <source>Resume  (F6)</source>
        <translation>Riprendi  (F6)</translation>
    </message>
    <message>
        <source>Step  (F10) · {n} queued</source>
        <translation>Un passo  (F10) · {n} in coda</translation>
    </message>
    <message>
        <source>Stepping…  (F10)</source>
        <translation>Passo in corso…  (F10)</translation>
    </message>
    <message>
        <source>new random weights</source>
        <translation>nuovi pesi casuali</translation>
    </message>
    <message>
        <source>same start as run {n}</source>
        <translation>stessa partenza dell&apos;addestramento {n}</translation>
    </message>
    <message>
        <source>Run {n}: {label}, seed {seed}</source>
        <translation>Addestramento {n}: {label}, seme {seed}</translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>addestramento precedente</translation>
    </message>
</context>
<context>
    <name>SaliencyView</name>
    <message>
        <source>a test example</source>
        <translation>un esempio di test</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>il disegno</translation>
    </message>
    <message>
        <source>an image file…</source>
        <translation>un file immagine…</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metodo</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>livello</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>calore</translation>
    </message>
    <message>
        <source>The drawing is {drawing}; this network takes {shape} inputs. Explain a test example or an image file, or the drawing with a network for 28×28 digits (e.g. LeNet-5).</source>
        <translation>Il disegno è {drawing}; questa rete prende ingressi {shape}. Spiega un esempio di test o un file immagine, o il disegno con una rete per cifre 28×28 (ad es. LeNet-5).</translation>
    </message>
    <message>
        <source>Choose an image dataset that fits the network, or draw a digit.</source>
        <translation>Scegli un dataset di immagini adatto alla rete, o disegna una cifra.</translation>
    </message>
</context>
<context>
    <name>SandboxControls</name>
    <message>
        <source>A test image (downscaled)</source>
        <translation>Un&apos;immagine di test (ridotta)</translation>
    </message>
    <message>
        <source>The drawing (downscaled)</source>
        <translation>Il disegno (ridotto)</translation>
    </message>
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
        <source>Rows on lines or separated by &quot;;&quot;, numbers by spaces, tabs or commas</source>
        <translation>Righe su righe separate o divise da &quot;;&quot;, numeri da spazi, tabulazioni o virgole</translation>
    </message>
    <message>
        <source>(choose a kernel)</source>
        <translation>(scegli un kernel)</translation>
    </message>
    <message>
        <source>More kernels give more output maps (channels)</source>
        <translation>Più kernel danno più mappe di uscita (canali)</translation>
    </message>
    <message>
        <source>valid: no zeros; same: enough zeros to keep the size; n rings</source>
        <translation>valid: nessuno zero; same: zeri sufficienti a mantenere la dimensione; n anelli</translation>
    </message>
    <message>
        <source>no pooling</source>
        <translation>nessun pooling</translation>
    </message>
    <message>
        <source>= size</source>
        <translation>= dimensione</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>image</source>
        <translation>immagine</translation>
    </message>
    <message>
        <source>size</source>
        <translation>dimensione</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>righe</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>kernels</source>
        <translation>kernel</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>padding</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>pooling</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>dimensione del pooling</translation>
    </message>
    <message>
        <source>pool stride</source>
        <translation>passo del pooling</translation>
    </message>
    <message>
        <source>choose an image dataset (e.g. MNIST) to use its test images</source>
        <translation>scegli un dataset di immagini (per es. MNIST) per usarne le immagini di test</translation>
    </message>
    <message>
        <source>draw a digit first (View → Draw a digit), then pick it here</source>
        <translation>prima disegna una cifra (Visualizza → Disegna una cifra), poi sceglila qui</translation>
    </message>
</context>
<context>
    <name>SequenceView</name>
    <message>
        <source>input gate (0 dark … 1 light)</source>
        <extracomment>each gate&apos;s picture title as one phrase to translate (&quot;porte d&apos;entrée&quot;, not &quot;porte input&quot;)</extracomment>
        <translation>porta d&apos;ingresso (0 scuro … 1 chiaro)</translation>
    </message>
    <message>
        <source>forget gate (0 dark … 1 light)</source>
        <translation>porta di oblio (0 scuro … 1 chiaro)</translation>
    </message>
    <message>
        <source>output gate (0 dark … 1 light)</source>
        <translation>porta d&apos;uscita (0 scuro … 1 chiaro)</translation>
    </message>
    <message>
        <source>update gate (0 dark … 1 light)</source>
        <translation>porta di aggiornamento (0 scuro … 1 chiaro)</translation>
    </message>
    <message>
        <source>reset gate (0 dark … 1 light)</source>
        <translation>porta di azzeramento (0 scuro … 1 chiaro)</translation>
    </message>
    <message>
        <source>candidate (−1 … +1)</source>
        <translation>candidato (−1 … +1)</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Livello:</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>Passo temporale:</translation>
    </message>
    <message>
        <source>This view shows networks that read sequences: add a SimpleRNN, LSTM, GRU or MultiHeadAttention layer, or open a preset (File → New from template: LSTM digit reader, Small Vision Transformer).</source>
        <translation>Questa vista mostra le reti che leggono sequenze: aggiungi un livello SimpleRNN, LSTM, GRU o MultiHeadAttention, oppure apri un modello (File → Nuovo da modello: Lettore di cifre LSTM, Piccolo Vision Transformer).</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network&apos;s input.</source>
        <translation>Scegli un dataset adatto all&apos;ingresso della rete.</translation>
    </message>
    <message>
        <source>a test example</source>
        <translation>un esempio di test</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>il disegno</translation>
    </message>
    <message>
        <source>Test example number</source>
        <translation>Numero dell&apos;esempio di test</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Ingresso:</translation>
    </message>
    <message>
        <source>Draw a digit (View → Draw a digit): it is read as you draw.</source>
        <translation>Disegna una cifra (Visualizza → Disegna una cifra): viene letta mentre disegni.</translation>
    </message>
    <message>
        <source>The drawing has {size} pixels; this network reads {shape}. Choose a test example, or a network for 28×28 digits (the LSTM digit reader).</source>
        <translation>Il disegno ha {size} pixel; questa rete legge {shape}. Scegli un esempio di test, o una rete per cifre 28×28 (il lettore di cifre LSTM).</translation>
    </message>
    <message>
        <source>Input: {steps} steps (down) × {features} values</source>
        <translation>Ingresso: {steps} passi (in giù) × {features} valori</translation>
    </message>
    <message>
        <source>State h after each step: {units} units (−1 blue … +1 red)</source>
        <translation>Stato h dopo ogni passo: {units} unità (−1 blu … +1 rosso)</translation>
    </message>
    <message>
        <source>{gate} gate (0 dark … 1 light)</source>
        <translation>porta {gate} (0 scuro … 1 chiaro)</translation>
    </message>
    <message>
        <source>{gate} (−1 … +1)</source>
        <translation>{gate} (−1 … +1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;, step {t} of {steps}: the state&apos;s strongest unit is {unit} ({value}). The same weights W and U are used at every step.</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt;, passo {t} di {steps}: l&apos;unità più forte dello stato è {unit} ({value}). Gli stessi pesi W e U si usano a ogni passo.</translation>
    </message>
    <message>
        <source>On average the forget gate keeps {share} of the memory.</source>
        <translation>In media la porta di dimenticanza tiene {share} della memoria.</translation>
    </message>
    <message>
        <source>Head {head}: rows look at columns</source>
        <translation>Testa {head}: le righe guardano le colonne</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: {heads} heads; each row is one token (a patch) and how much it takes from every other token (each row sums to 1).</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt;: {heads} teste; ogni riga è un token (una patch) e quanto prende da ogni altro token (ogni riga somma a 1).</translation>
    </message>
    <message>
        <source>Rollout: where the answer comes from</source>
        <translation>Rollout: da dove viene la risposta</translation>
    </message>
    <message>
        <source>The rollout follows attention through every block back to the {count} patches.</source>
        <translation>Il rollout segue l&apos;attenzione attraverso ogni blocco fino alle {count} patch.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the optimizer</source>
        <translation>l&apos;ottimizzatore</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>il tasso di apprendimento</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>il momento</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>il momento di Nesterov</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>la dimensione del lotto</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>il numero di epoche</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>la perdita</translation>
    </message>
    <message>
        <source>the validation share</source>
        <translation>la quota di validazione</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>l&apos;arresto anticipato</translation>
    </message>
    <message>
        <source>keeping the best weights</source>
        <translation>il mantenimento dei pesi migliori</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>il seme</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>il dispositivo</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>i pesi iniziali</translation>
    </message>
    <message>
        <source>the test accuracy</source>
        <translation>l&apos;accuratezza di test</translation>
    </message>
    <message>
        <source>the test loss</source>
        <translation>la perdita di test</translation>
    </message>
    <message>
        <source>the training loss</source>
        <translation>la perdita di addestramento</translation>
    </message>
    <message>
        <source>the training accuracy</source>
        <translation>l&apos;accuratezza di addestramento</translation>
    </message>
    <message>
        <source>the validation accuracy</source>
        <translation>l&apos;accuratezza di validazione</translation>
    </message>
    <message>
        <source>the validation loss</source>
        <translation>la perdita di validazione</translation>
    </message>
    <message>
        <source>the rise of the validation loss above its lowest</source>
        <translation>la risalita della perdita di validazione sopra il suo minimo</translation>
    </message>
    <message>
        <source>the gap between validation and training loss</source>
        <translation>lo scarto tra perdita di validazione e di addestramento</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source> px right</source>
        <translation> px a destra</translation>
    </message>
    <message>
        <source>Shift the input</source>
        <translation>Sposta l&apos;ingresso</translation>
    </message>
    <message>
        <source>Move the input by</source>
        <translation>Sposta l&apos;ingresso di</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>Uscita della convoluzione</translation>
    </message>
    <message>
        <source>Pooled output</source>
        <translation>Uscita dopo il pooling</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation>Spostato</translation>
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
    <name>StartClassPanel</name>
    <message>
        <source>Start a class</source>
        <translation>Avvia una classe</translation>
    </message>
    <message>
        <source>My class</source>
        <translation>La mia classe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>The network the students&apos; machines are on. 127.0.0.1: this machine only. Use it on a school network you trust: nothing is encrypted.</source>
        <translation>La rete su cui sono i computer degli studenti. 127.0.0.1: solo questo computer. Usalo su una rete scolastica fidata: nulla è cifrato.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualsiasi porta libera</translation>
    </message>
    <message>
        <source>Start the class</source>
        <translation>Avvia la classe</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nome della classe</translation>
    </message>
    <message>
        <source>Class folder</source>
        <translation>Cartella della classe</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Indirizzo di rete</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for the class.</source>
        <translation>{path} è un file; scegli una cartella per la classe.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>The class could not start: {reason}</source>
        <translation>La classe non è potuta partire: {reason}</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Codice della classe</translation>
    </message>
    <message>
        <source>In LayerLab: File → Class → Join, or this address</source>
        <translation>In LayerLab: File → Classe → Unisciti, o questo indirizzo</translation>
    </message>
    <message>
        <source>Phones and tablets: scan the code, then type the class code</source>
        <translation>Telefoni e tablet: scansiona il codice, poi scrivi il codice della classe</translation>
    </message>
    <message>
        <source>Open the class dashboard</source>
        <translation>Apri il cruscotto della classe</translation>
    </message>
    <message>
        <source>End the class</source>
        <translation>Termina la classe</translation>
    </message>
    <message>
        <source>QR code of the phone page: {url}</source>
        <translation>Codice QR della pagina per telefono: {url}</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Scegli una lezione qui sopra (doppio clic o Invio).</translation>
    </message>
    <message>
        <source>(EN)</source>
        <translation>(EN)</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>la tua risposta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
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
        <source>◀ Back</source>
        <translation>◀ Indietro</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Avanti ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Esci dalla lezione</translation>
    </message>
    <message>
        <source>Not translated yet, shown in the lesson&apos;s own language: {fields}</source>
        <translation>Non ancora tradotto, mostrato nella lingua della lezione: {fields}</translation>
    </message>
</context>
<context>
    <name>StudentLink</name>
    <message>
        <source>The teacher sees: your name, your lesson progress and your runs&apos; scores.</source>
        <translation>L&apos;insegnante vede: il tuo nome, i tuoi progressi nelle lezioni e i punteggi dei tuoi addestramenti.</translation>
    </message>
    <message>
        <source>Class {name}: connected</source>
        <translation>Classe {name}: connesso</translation>
    </message>
    <message>
        <source>Class: not joined — {reason}</source>
        <translation>Classe: non unito — {reason}</translation>
    </message>
    <message>
        <source>Class: offline, working on (reconnecting)</source>
        <translation>Classe: non in linea, il lavoro continua (riconnessione)</translation>
    </message>
    <message>
        <source>{count} hand-ins wait for the hub</source>
        <translation>{count} consegne aspettano il server della classe</translation>
    </message>
    <message>
        <source>Join a class first (File → Class → Join).</source>
        <translation>Unisciti prima a una classe (File → Classe → Unisciti).</translation>
    </message>
    <message>
        <source>From the teacher: {text}</source>
        <translation>Dall&apos;insegnante: {text}</translation>
    </message>
    <message>
        <source>The class refused: {reason}</source>
        <translation>La classe ha rifiutato: {reason}</translation>
    </message>
    <message>
        <source>Handed in: the hub has it.</source>
        <translation>Consegnato: il server della classe l&apos;ha ricevuto.</translation>
    </message>
    <message>
        <source>Your challenge model scored {accuracy} % on the hub&apos;s test data.</source>
        <translation>Il tuo modello della sfida ha ottenuto {accuracy} % sui dati di test del server della classe.</translation>
    </message>
    <message>
        <source>The class hub said: {reason}</source>
        <translation>Il server della classe ha risposto: {reason}</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s lesson “{title}”? Your work is saved first.</source>
        <translation>Aprire la lezione dell&apos;insegnante «{title}»? Il tuo lavoro viene prima salvato.</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s project “{title}”? Your work is saved first.</source>
        <translation>Aprire il progetto dell&apos;insegnante «{title}»? Il tuo lavoro viene prima salvato.</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s network “{title}”? Your work is saved first.</source>
        <translation>Aprire la rete dell&apos;insegnante «{title}»? Il tuo lavoro viene prima salvato.</translation>
    </message>
    <message>
        <source>The teacher sent something</source>
        <translation>L&apos;insegnante ha inviato qualcosa</translation>
    </message>
    <message>
        <source>Kept your work; the teacher&apos;s push was not opened.</source>
        <translation>Il tuo lavoro è tenuto; l&apos;invio dell&apos;insegnante non è stato aperto.</translation>
    </message>
    <message>
        <source>Not opened: your work could not be saved first.</source>
        <translation>Non aperto: prima non è stato possibile salvare il tuo lavoro.</translation>
    </message>
    <message>
        <source>Not opened: {reason}</source>
        <translation>Non aperto: {reason}</translation>
    </message>
    <message>
        <source>Not opened: the lesson pushed is not readable.</source>
        <translation>Non aperto: la lezione inviata non è leggibile.</translation>
    </message>
    <message>
        <source>Not opened: this LayerLab has no lesson “{id}”.</source>
        <translation>Non aperto: questo LayerLab non ha la lezione «{id}».</translation>
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
        <source>{what} is running: stop it or let it finish first.</source>
        <translation>{what} è in corso: prima fermalo o lascialo finire.</translation>
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
        <source>Run {n} did not keep its starting weights (only the latest runs do): choose new random weights or a later run.</source>
        <translation>L&apos;addestramento {n} non ha conservato i pesi di partenza (solo i più recenti li conservano): scegli nuovi pesi casuali o un addestramento più recente.</translation>
    </message>
    <message>
        <source>A run is going: Start (F5) waits until it stops (Stop: Shift+F5).</source>
        <translation>Un addestramento è in corso: Avvia (F5) aspetta che si fermi (Ferma: Maiusc+F5).</translation>
    </message>
    <message>
        <source>loading the dataset and TensorFlow…</source>
        <translation>caricamento del dataset e di TensorFlow…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <source>epoch {epoch} / {epochs}</source>
        <translation>epoca {epoch} / {epochs}</translation>
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
        <source>epoch {epoch} / {epochs} · batch {batch} / {steps}</source>
        <translation>epoca {epoch} / {epochs} · batch {batch} / {steps}</translation>
    </message>
    <message>
        <source>{rate} samples/s · about {time} left</source>
        <translation>{rate} esempi/s · circa {time} rimanenti</translation>
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
        <source>stopped at epoch {epoch}</source>
        <translation>fermato all&apos;epoca {epoch}</translation>
    </message>
    <message>
        <source>Stopped after {time}.</source>
        <translation>Fermato dopo {time}.</translation>
    </message>
    <message>
        <source>No test evaluation (the run was cut short).</source>
        <translation>Nessuna valutazione di test (l&apos;addestramento è stato interrotto).</translation>
    </message>
    <message>
        <source>Run {n} on {dataset}.</source>
        <translation>Addestramento {n} su {dataset}.</translation>
    </message>
    <message>
        <source>its dataset</source>
        <translation>il suo dataset</translation>
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
        <source>Step size of gradient descent. Too large: the loss jumps or becomes NaN; too small: slow.</source>
        <translation>Ampiezza del passo della discesa del gradiente. Troppo grande: la perdita salta o diventa NaN; troppo piccola: lento.</translation>
    </message>
    <message>
        <source>Constant: every step uses the learning rate. Cosine to 0: the rate falls along half a cosine wave to zero at the last step: big steps at first, small ones to settle into the minimum at the end.</source>
        <translation>Costante: ogni passo usa il tasso di apprendimento. Coseno fino a 0: il tasso scende lungo mezza onda di coseno fino a zero all&apos;ultimo passo: passi grandi all&apos;inizio, piccoli alla fine per assestarsi nel minimo.</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>1: stochastic gradient descent · N: mini-batch · full batch: batch gradient descent</source>
        <translation>1: discesa del gradiente stocastica · N: mini-batch · batch completo: discesa del gradiente a batch</translation>
    </message>
    <message>
        <source>Share of the training data kept aside to validate on, from 0 to 0.9</source>
        <translation>Quota dei dati di addestramento tenuta da parte per la validazione, da 0 a 0.9</translation>
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
        <source>Where training starts. All zeros: every unit of a layer gets the same gradient and stays identical, so a hidden layer acts like one unit. As set by hand: the numbers in the Weights tab.</source>
        <translation>Da dove parte l&apos;addestramento. Tutti zero: ogni unità di un livello riceve lo stesso gradiente e resta identica, quindi un livello nascosto si comporta come una sola unità. Come impostato a mano: i numeri della scheda Pesi.</translation>
    </message>
    <message>
        <source>write logs</source>
        <translation>scrivi i log</translation>
    </message>
    <message>
        <source>Write TensorBoard event files (loss, metrics, weight histograms each epoch); view them with: tensorboard --logdir FOLDER</source>
        <translation>Scrivi file di eventi TensorBoard (perdita, metriche, istogrammi dei pesi a ogni epoca); guardali con: tensorboard --logdir CARTELLA</translation>
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
        <source>More settings</source>
        <translation>Altre impostazioni</translation>
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
        <source>constant</source>
        <translation>costante</translation>
    </message>
    <message>
        <source>cosine to 0</source>
        <translation>coseno fino a 0</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source> epoch without progress</source>
        <translation> epoca senza progressi</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>Cartella per i log di TensorBoard</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>All zero</source>
        <translation>Tutto a zero</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>A caso</translation>
    </message>
    <message>
        <source>Type a value (-1.5 or -1,5) or scroll over it. To train on from these numbers, choose &lt;i&gt;Initial weights: as set by hand&lt;/i&gt; in the Training tab.</source>
        <translation>Scrivi un valore (-1.5 o -1,5) o usa la rotellina sopra. Per addestrare a partire da questi numeri, scegli &lt;i&gt;Pesi iniziali: impostati a mano&lt;/i&gt; nella scheda Addestramento.</translation>
    </message>
    <message>
        <source>{reason}. Hand-set weights are for small dense networks, like the perceptron (logic gates) and the XOR network.</source>
        <translation>{reason}. I pesi a mano sono per piccole reti dense, come il percettrone (porte logiche) e la rete XOR.</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see outputs.</source>
        <translation>Scegli un dataset adatto alla rete per vedere le uscite.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uscita</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the network&apos;s output for every row of the truth table</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: l&apos;uscita della rete per ogni riga della tabella di verità</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the network&apos;s output for the first {n} test examples</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: l&apos;uscita della rete per i primi {n} esempi di test</translation>
    </message>
    <message>
        <source>{right} of {n} right — solved!</source>
        <translation>{right} su {n} giuste — risolto!</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <translation>{right} su {n} giuste</translation>
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
    <message>
        <source>the network has errors, fix them first: {problem}</source>
        <translation>la rete ha errori, correggili prima: {problem}</translation>
    </message>
    <message>
        <source>{total} weights are too many to set by hand (at most {limit}); use a smaller network, e.g. the perceptron or XOR presets</source>
        <translation>{total} pesi sono troppi da impostare a mano (al massimo {limit}); usa una rete più piccola, per es. i modelli Percettrone o XOR</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is {type}: hand-set weights work for Dense layers only</source>
        <translation>lo strato «{layer}» è {type}: i pesi a mano valgono solo per gli strati Dense</translation>
    </message>
    <message>
        <source>{layer}: bias {unit}</source>
        <translation>{layer}: bias {unit}</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {size} × {channels} channels</source>
        <translation>{layer}: {n} kernel di {size} × {channels} canali</translation>
    </message>
    <message>
        <source>{layer}: 1 kernel of {size}</source>
        <translation>{layer}: 1 kernel di {size}</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {size}</source>
        <translation>{layer}: {n} kernel di {size}</translation>
    </message>
    <message>
        <source>a {kernel} kernel does not fit this layer&apos;s {size} kernels</source>
        <translation>un kernel {kernel} non entra nei kernel {size} di questo strato</translation>
    </message>
    <message>
        <source>{layer}&apos;s kernels are {size}, not {given}</source>
        <translation>i kernel di {layer} sono {size}, non {given}</translation>
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
        <source>Class</source>
        <translation>Classe</translation>
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
<context>
    <name>engine</name>
    <message>
        <source>compiled without XLA (the run ended before XLA was ready and measured)</source>
        <extracomment>How long the end of a run waits for XLA&apos;s background compilation (none: a Stop or the last epoch is answered at once; the process waits for it on exit).</extracomment>
        <translation>compilato senza XLA (l&apos;addestramento è finito prima che XLA fosse pronto e misurato)</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>step {number}</source>
        <translation>passo {number}</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>= pool size</source>
        <translation>= dimensione del pooling</translation>
    </message>
</context>
<context>
    <name>xlachoice</name>
    <message>
        <source>the XLA choice cache {path} was ignored ({problem}); the next choice replaces it</source>
        <translation>la cache della scelta XLA {path} è stata ignorata ({problem}); la prossima scelta la sostituisce</translation>
    </message>
    <message>
        <source>XLA turned off</source>
        <translation>XLA disattivato</translation>
    </message>
    <message>
        <source>remembered {x}x faster here</source>
        <translation>memorizzato: {x} volte più veloce qui</translation>
    </message>
    <message>
        <source>remembered about as fast here</source>
        <translation>memorizzato: qui più o meno altrettanto veloce</translation>
    </message>
    <message>
        <source>remembered: XLA was {x}x slower here</source>
        <translation>memorizzato: qui XLA era {x} volte più lento</translation>
    </message>
    <message>
        <source>convolutions on a CPU: XLA not tried</source>
        <translation>convoluzioni su una CPU: XLA non provato</translation>
    </message>
    <message>
        <source>a short run: XLA would take longer to compile than to help</source>
        <extracomment>XLA&apos;s compilation takes 1-5 s of processor time on a classroom machine, and only pays back over a run that lasts several times that: a run whose plain steps end sooner skips it. Background compilations still running. A run does not wait for its own (a Stop is answered at once); the process waits for them as it exits, since TensorFlow aborts when its compiler is torn down under a running compilation. 2: each step&apos;s batch is cut in halves that run side by side (``splitstep``) The training steps the whole run will take (set by the loop; None: unknown). A run whose plain steps end sooner than ``XLA_PAYBACK_SECONDS`` never compiles XLA.</extracomment>
        <translation>un addestramento breve: XLA impiegherebbe più a compilare di quanto farebbe guadagnare</translation>
    </message>
</context>
</TS>
