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
    <name>ActivationExplorer</name>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>Mark where this layer&apos;s units are for a test example</source>
        <translation>Markeer waar de eenheden van deze laag liggen voor een testvoorbeeld</translation>
    </message>
    <message>
        <source>LeakyReLU slope</source>
        <translation>Helling van LeakyReLU</translation>
    </message>
    <message>
        <source>ELU α</source>
        <translation>ELU-α</translation>
    </message>
    <message>
        <source>mark layer</source>
        <translation>laag markeren</translation>
    </message>
    <message>
        <source>test example</source>
        <translation>testvoorbeeld</translation>
    </message>
    <message>
        <source>g(z) and its derivative g&apos;(z)</source>
        <translation>g(z) en zijn afgeleide g&apos;(z)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Softmax&lt;/b&gt; of a vector z (type numbers):</source>
        <translation>&lt;b&gt;Softmax&lt;/b&gt; van een vector z (typ getallen):</translation>
    </message>
    <message>
        <source>softmax(z): probabilities that sum to 1</source>
        <translation>softmax(z): kansen die samen 1 zijn</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow wordt nog geladen…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source> — {count} pre-activation(s) of &lt;b&gt;{layer}&lt;/b&gt; for test example {example} (green on g, triangles on g&apos;). {share} of them sit where g&apos;(z) &amp;lt; 0.01: almost no gradient flows back through those units.</source>
        <translation> — {count} pre-activatie(s) van &lt;b&gt;{layer}&lt;/b&gt; voor testvoorbeeld {example} (groen op g, driehoekjes op g&apos;). Daarvan liggen er {share} waar g&apos;(z) &amp;lt; 0,01: door die eenheden stroomt bijna geen gradiënt terug.</translation>
    </message>
    <message>
        <source>: pick a layer of your network to see where its units are on the curve.</source>
        <translation>: kies een laag van je netwerk om te zien waar de eenheden op de kromme liggen.</translation>
    </message>
    <message>
        <source>Type numbers separated by spaces, e.g. 2 1 0.1</source>
        <translation>Typ getallen gescheiden door spaties, bijv. 2 1 0.1</translation>
    </message>
    <message>
        <source>Type between 1 and 20 numbers.</source>
        <translation>Typ tussen 1 en 20 getallen.</translation>
    </message>
    <message>
        <source>; they sum to {total}.</source>
        <translation>; samen zijn ze {total}.</translation>
    </message>
</context>
<context>
    <name>Backprop</name>
    <message>
        <source>layer &apos;{name}&apos; is {kind}: backpropagation by hand shows networks of Dense layers only</source>
        <translation>laag &apos;{name}&apos; is {kind}: backpropagation met de hand toont alleen netwerken van Dense-lagen</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; has {units} units; at most {limit} are shown</source>
        <translation>laag &apos;{name}&apos; heeft {units} eenheden; er worden er hoogstens {limit} getoond</translation>
    </message>
    <message>
        <source>the model has no Dense layer</source>
        <translation>het model heeft geen Dense-laag</translation>
    </message>
</context>
<context>
    <name>BackpropView</name>
    <message>
        <source>Which training example goes through the network</source>
        <translation>Welk trainingsvoorbeeld door het netwerk gaat</translation>
    </message>
    <message>
        <source>The example&apos;s inputs; type your own numbers, space separated</source>
        <translation>De invoer van het voorbeeld; typ je eigen getallen, gescheiden door spaties</translation>
    </message>
    <message>
        <source>The target: one value per output, or a class number</source>
        <translation>Het doel: één waarde per uitvoer, of een klassenummer</translation>
    </message>
    <message>
        <source>α, the learning rate of the update (the Training settings&apos; rate)</source>
        <translation>α, de leersnelheid van de update (die van de trainingsinstellingen)</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>verlies</translation>
    </message>
    <message>
        <source>|◀ Start</source>
        <translation>|◀ Begin</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Terug</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Apply update to the network</source>
        <translation>Update op het netwerk toepassen</translation>
    </message>
    <message>
        <source>Write the new weights into the project: one SGD step on this example</source>
        <translation>De nieuwe gewichten in het project schrijven: één SGD-stap op dit voorbeeld</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>gewicht</translation>
    </message>
    <message>
        <source>new w</source>
        <translation>nieuwe w</translation>
    </message>
    <message>
        <source>{problem}. Backprop by hand works on dense networks such as the XOR network or a small MLP on a 2-D dataset.</source>
        <translation>{problem}. Backpropagation met de hand werkt op dense netwerken zoals het XOR-netwerk of een kleine MLP op een 2-D-dataset.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The loss is hidden until you answer the lesson&apos;s question.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Het verlies blijft verborgen tot je de vraag van de les beantwoordt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next ▶ runs the example forward, then finds the loss.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Volgende ▶ stuurt het voorbeeld vooruit en berekent dan het verlies.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&lt;b&gt;input&lt;/b&gt; — the data that goes in: one example of shape {shape} (the batch axis is added by Keras).&lt;br&gt;Select it to change the input shape.</source>
        <translation>&lt;b&gt;input&lt;/b&gt; — de gegevens die erin gaan: één voorbeeld met vorm {shape} (de batch-as voegt Keras toe).&lt;br&gt;Selecteer het om de invoervorm te wijzigen.</translation>
    </message>
    <message>
        <source>output {shape} · {n} parameters</source>
        <translation>uitvoer {shape} · {n} parameters</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or press Enter to add it after the selected layer.</source>
        <translation>Sleep haar naar het canvas, of druk op Enter om haar na de geselecteerde laag toe te voegen.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolutie</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularisatie</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>A convolution slides small learned kernels over the image. Each kernel looks at a small window through all input channels and produces one feature map, so the same weights detect the same pattern (an edge, a curve) anywhere in the image. Padding &apos;same&apos; keeps the size; a stride above 1 skips positions and shrinks the output.</source>
        <translation>Een convolutie schuift kleine geleerde kernels over de afbeelding. Elke kernel kijkt naar een klein venster door alle invoerkanalen en maakt één kenmerkkaart, zodat dezelfde gewichten hetzelfde patroon (een rand, een bocht) overal in de afbeelding vinden. Opvulling &apos;same&apos; houdt de grootte; een stapgrootte boven 1 slaat posities over en verkleint de uitvoer.</translation>
    </message>
    <message>
        <source>output size = ⌊(n + 2p − f)/s⌋ + 1</source>
        <translation>uitvoergrootte = ⌊(n + 2p − f)/s⌋ + 1</translation>
    </message>
    <message>
        <source>parameters = (f·f·c_in + 1)·c_out</source>
        <translation>parameters = (f·f·c_in + 1)·c_uit</translation>
    </message>
    <message>
        <source>A transposed convolution (sometimes called deconvolution) goes the other way: each input value stamps a copy of the kernel, scaled by the value, onto a larger output, the stamps stride apart and added where they overlap. With stride 2 it doubles the height and width: the learned &apos;unpooling&apos; of a U-Net&apos;s decoder.</source>
        <translation>Een getransponeerde convolutie (soms deconvolutie genoemd) gaat de andere kant op: elke invoerwaarde stempelt een kopie van de kernel, geschaald met de waarde, op een grotere uitvoer; de stempels liggen een stap uit elkaar en tellen op waar ze overlappen. Met stap 2 verdubbelt ze hoogte en breedte: de geleerde &apos;unpooling&apos; van de decoder van een U-Net.</translation>
    </message>
    <message>
        <source>output size = n·s + max(f − s, 0)  (&apos;same&apos;: n·s)</source>
        <translation>uitvoergrootte = n·s + max(f − s, 0)  (&apos;same&apos;: n·s)</translation>
    </message>
    <message>
        <source>A depthwise convolution gives every input channel its own kernel and does not mix channels: 32 channels in, 32 maps out (times the depth multiplier). It needs far fewer weights than a Conv2D, which also sums over all input channels.</source>
        <translation>Een depthwise convolutie geeft elk invoerkanaal een eigen kernel en mengt de kanalen niet: 32 kanalen erin, 32 kaarten eruit (maal de dieptevermenigvuldiger). Ze heeft veel minder gewichten nodig dan een Conv2D, die ook over alle invoerkanalen optelt.</translation>
    </message>
    <message>
        <source>output channels = c_in·multiplier</source>
        <translation>uitvoerkanalen = c_in·vermenigvuldiger</translation>
    </message>
    <message>
        <source>parameters = (f·f + 1)·c_in·multiplier</source>
        <translation>parameters = (f·f + 1)·c_in·vermenigvuldiger</translation>
    </message>
    <message>
        <source>A separable convolution splits a Conv2D in two: a depthwise step (one spatial kernel per channel) and a 1×1 convolution that mixes the channels. Nearly the same power for a fraction of the weights; Xception and MobileNet are built from it.</source>
        <translation>Een scheidbare convolutie splitst een Conv2D in tweeën: een depthwise stap (één ruimtelijke kernel per kanaal) en een 1×1-convolutie die de kanalen mengt. Bijna dezelfde kracht voor een fractie van de gewichten; Xception en MobileNet zijn ermee gebouwd.</translation>
    </message>
    <message>
        <source>parameters = f·f·c_in·m + c_in·m·c_out + c_out</source>
        <translation>parameters = f·f·c_in·m + c_in·m·c_uit + c_uit</translation>
    </message>
    <message>
        <source>A fully connected layer: every output neuron computes a weighted sum of all its inputs plus a bias, then applies the activation. A single Dense unit with a step or sigmoid activation is the perceptron; stacking Dense layers with non-linear activations gives a multi-layer perceptron that can learn XOR.</source>
        <translation>Een volledig verbonden laag: elke uitvoerneuron berekent een gewogen som van al zijn invoer plus een bias en past dan de activatie toe. Eén Dense-eenheid met een stap- of sigmoïde-activatie is de perceptron; Dense-lagen met niet-lineaire activaties op elkaar geven een meerlaagse perceptron die XOR kan leren.</translation>
    </message>
    <message>
        <source>output = activation(x·W + b)</source>
        <translation>uitvoer = activatie(x·W + b)</translation>
    </message>
    <message>
        <source>parameters = n_in·n_out + n_out</source>
        <translation>parameters = n_in·n_uit + n_uit</translation>
    </message>
    <message>
        <source>Flatten unrolls a block of values into one long vector, e.g. 5×5×16 feature maps into 400 numbers, so Dense layers can follow. It changes the shape, not the values.</source>
        <translation>Flatten rolt een blok waarden uit tot één lange vector, bijv. 5×5×16 kenmerkkaarten tot 400 getallen, zodat Dense-lagen kunnen volgen. Ze verandert de vorm, niet de waarden.</translation>
    </message>
    <message>
        <source>output = (h·w·c,)</source>
        <translation>uitvoer = (h·w·c,)</translation>
    </message>
    <message>
        <source>A table with one learned vector per token: the input is a sequence of whole numbers (token 7, token 2, …) and each number is replaced by its row of the table. Tokens used in similar places end up with similar vectors.</source>
        <translation>Een tabel met één geleerde vector per token: de invoer is een reeks gehele getallen (token 7, token 2, …) en elk getal wordt vervangen door zijn rij in de tabel. Tokens die op vergelijkbare plekken voorkomen, krijgen vergelijkbare vectoren.</translation>
    </message>
    <message>
        <source>output[t] = E[x_t]</source>
        <translation>uitvoer[t] = E[x_t]</translation>
    </message>
    <message>
        <source>parameters = tokens · vector length</source>
        <translation>parameters = tokens · vectorlengte</translation>
    </message>
    <message>
        <source>Every position of a sequence looks at every other one and takes a weighted average of their values; the weights come from how well its query matches their keys (softmax(Q·Kᵀ/√d)). Several heads do this in parallel with their own projections. Wired to one input it is self-attention; wired to two, the first gives the queries and the second the keys and values. The output has the query&apos;s shape.</source>
        <translation>Elke positie van een reeks kijkt naar alle andere en neemt een gewogen gemiddelde van hun waarden; de gewichten hangen af van hoe goed haar query bij hun keys past (softmax(Q·Kᵀ/√d)). Meerdere heads doen dit tegelijk met hun eigen projecties. Met één invoer is het self-attention; met twee geeft de eerste de queries en de tweede de keys en values. De uitvoer heeft de vorm van de query.</translation>
    </message>
    <message>
        <source>Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V</source>
        <translation>Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V</translation>
    </message>
    <message>
        <source>parameters = 3 projections (n_in+1)·h·d + output h·d·n_in + n_in</source>
        <translation>parameters = 3 projecties (n_in+1)·h·d + uitvoer h·d·n_in + n_in</translation>
    </message>
    <message>
        <source>Attention by itself does not know the order of the tokens: shuffle them and every output is shuffled the same way. This layer adds a learned vector for each position (first token, second token, …) to the input, so where a token is becomes part of what it is.</source>
        <translation>Attention op zich kent de volgorde van de tokens niet: schud ze en elke uitvoer wordt op dezelfde manier geschud. Deze laag telt voor elke positie (eerste token, tweede token, …) een geleerde vector op bij de invoer, zodat de plek van een token deel wordt van wat het is.</translation>
    </message>
    <message>
        <source>output[t] = x[t] + P[t]</source>
        <translation>uitvoer[t] = x[t] + P[t]</translation>
    </message>
    <message>
        <source>parameters = time steps · features</source>
        <translation>parameters = tijdstappen · kenmerken</translation>
    </message>
    <message>
        <source>Puts one learned extra token in front of the sequence. Through attention it gathers information from every patch; the Vision Transformer classifies from this token alone (a GlobalAveragePooling1D over all tokens does the same job more simply).</source>
        <translation>Zet één geleerd extra token vooraan in de reeks. Via attention verzamelt het informatie uit elke patch; de Vision Transformer classificeert alleen op dit token (een GlobalAveragePooling1D over alle tokens doet hetzelfde, maar eenvoudiger).</translation>
    </message>
    <message>
        <source>output = [c ; x_1 ; … ; x_T]</source>
        <translation>uitvoer = [c ; x_1 ; … ; x_T]</translation>
    </message>
    <message>
        <source>parameters = features</source>
        <translation>parameters = kenmerken</translation>
    </message>
    <message>
        <source>The average of a sequence over its time steps: (T, features) becomes (features,). After attention it summarises every token in one vector for a classifier.</source>
        <translation>Het gemiddelde van een reeks over haar tijdstappen: (T, kenmerken) wordt (kenmerken,). Na attention vat het alle tokens samen in één vector voor een classificator.</translation>
    </message>
    <message>
        <source>output = (1/T) Σ_t x[t]</source>
        <translation>uitvoer = (1/T) Σ_t x[t]</translation>
    </message>
    <message>
        <source>parameters = 0</source>
        <translation>parameters = 0 (geen)</translation>
    </message>
    <message>
        <source>Reshape rearranges the same values into a new shape, e.g. a 784-vector into a 28×28×1 image. The number of values must stay the same.</source>
        <translation>Reshape zet dezelfde waarden in een nieuwe vorm, bijv. een vector van 784 in een afbeelding van 28×28×1. Het aantal waarden moet gelijk blijven.</translation>
    </message>
    <message>
        <source>product of the new sizes = product of the old</source>
        <translation>product van de nieuwe maten = product van de oude</translation>
    </message>
    <message>
        <source>Applies a non-linear function to every value separately. Without non-linearities, any stack of layers is just one linear map. relu is the usual choice inside networks, sigmoid for one yes/no output, softmax to turn scores into class probabilities.</source>
        <translation>Past op elke waarde afzonderlijk een niet-lineaire functie toe. Zonder niet-lineariteiten is elke stapel lagen maar één lineaire afbeelding. relu is de gewone keuze binnen netwerken, sigmoid voor één ja/nee-uitvoer, softmax om scores in klassenkansen om te zetten.</translation>
    </message>
    <message>
        <source>y = f(x), element by element</source>
        <translation>y = f(x), element voor element</translation>
    </message>
    <message>
        <source>ReLU that keeps a small slope for negative inputs, so a unit whose input is negative still gets a gradient and cannot &apos;die&apos;. The slope is yours to choose.</source>
        <translation>Een ReLU die een kleine helling houdt voor negatieve invoer, zodat een eenheid met negatieve invoer nog een gradiënt krijgt en niet kan &apos;sterven&apos;. De helling kies je zelf.</translation>
    </message>
    <message>
        <source>y = x if x &gt; 0, else slope · x</source>
        <translation>y = x als x &gt; 0, anders helling · x</translation>
    </message>
    <message>
        <source>y&apos; = 1 if x &gt; 0, else slope</source>
        <translation>y&apos; = 1 als x &gt; 0, anders helling</translation>
    </message>
    <message>
        <source>Exponential linear unit: x for positive inputs, a smooth curve α(eˣ − 1) down to −α for negative ones. Its outputs average closer to zero than ReLU&apos;s.</source>
        <translation>Exponentiële lineaire eenheid: x voor positieve invoer, een gladde curve α(eˣ − 1) tot −α voor negatieve. Haar uitvoer ligt gemiddeld dichter bij nul dan die van ReLU.</translation>
    </message>
    <message>
        <source>y = x if x &gt; 0, else α(eˣ − 1)</source>
        <translation>y = x als x &gt; 0, anders α(eˣ − 1)</translation>
    </message>
    <message>
        <source>y&apos; = 1 if x &gt; 0, else α·eˣ</source>
        <translation>y&apos; = 1 als x &gt; 0, anders α·eˣ</translation>
    </message>
    <message>
        <source>A layer from an imported Keras file that LayerLab&apos;s catalog does not offer. LayerLab shows the output shape and parameter count Keras computed for it and lets Keras rebuild it from its own configuration, but cannot explain or edit it; its shape is only known for the input it was imported with.</source>
        <translation>Een laag uit een geïmporteerd Keras-bestand die de catalogus van LayerLab niet biedt. LayerLab toont de uitvoervorm en het aantal parameters die Keras ervoor berekende en laat Keras haar opnieuw bouwen uit haar eigen configuratie, maar kan haar niet uitleggen of bewerken; haar vorm is alleen bekend voor de invoer waarmee ze geïmporteerd werd.</translation>
    </message>
    <message>
        <source>as Keras computes it (imported)</source>
        <translation>zoals Keras het berekent (geïmporteerd)</translation>
    </message>
    <message>
        <source>Adds its inputs element by element. This is the skip connection of ResNet: a block learns only a correction F(x) to its input, y = x + F(x), which lets very deep networks train. All inputs must have the same shape.</source>
        <translation>Telt zijn invoer element voor element op. Dit is de skipverbinding van ResNet: een blok leert alleen een correctie F(x) op zijn invoer, y = x + F(x), waardoor heel diepe netwerken kunnen trainen. Alle invoer moet dezelfde vorm hebben.</translation>
    </message>
    <message>
        <source>y = x₁ + x₂ + …</source>
        <translation>y = x₁ + x₂ + … (element voor element)</translation>
    </message>
    <message>
        <source>Joins its inputs side by side along one axis, usually the channels: the Inception block runs 1×1, 3×3 and 5×5 convolutions in parallel and concatenates their maps.</source>
        <translation>Zet zijn invoer naast elkaar langs één as, meestal de kanalen: het Inception-blok voert 1×1-, 3×3- en 5×5-convoluties parallel uit en voegt hun kaarten samen.</translation>
    </message>
    <message>
        <source>channels out = c₁ + c₂ + …</source>
        <translation>kanalen eruit = c₁ + c₂ + …</translation>
    </message>
    <message>
        <source>y = max(x₁, x₂, …), element by element</source>
        <translation>y = max(x₁, x₂, …), element voor element</translation>
    </message>
    <message>
        <source>Keeps, at each position, the largest of its inputs. Two or more Dense branches of the same size joined by Maximum form a maxout unit: a learned piecewise-linear activation (ReLU is the maxout of x and 0).</source>
        <translation>Houdt op elke positie de grootste van zijn invoer. Twee of meer Dense-takken van dezelfde grootte verbonden door Maximum vormen een maxout-eenheid: een geleerde stuksgewijs lineaire activatie (ReLU is de maxout van x en 0).</translation>
    </message>
    <message>
        <source>y = min(x₁, x₂, …), element by element</source>
        <translation>y = min(x₁, x₂, …), element voor element</translation>
    </message>
    <message>
        <source>Keeps, at each position, the smallest of its inputs, the mirror image of Maximum: with a constant branch it caps values from above. All inputs must have the same shape, and nothing is learned.</source>
        <translation>Houdt op elke positie de kleinste van zijn invoer, het spiegelbeeld van Maximum: met een constante tak begrenst hij waarden van boven. Alle invoer moet dezelfde vorm hebben, en er wordt niets geleerd.</translation>
    </message>
    <message>
        <source>y = x₁ · x₂ · …, element by element</source>
        <translation>y = x₁ · x₂ · …, element voor element</translation>
    </message>
    <message>
        <source>Multiplies its inputs position by position: a gate, where one branch (often a sigmoid between 0 and 1) decides how much of the other passes. Inputs must have the same shape.</source>
        <translation>Vermenigvuldigt zijn invoer positie voor positie: een poort, waarbij één tak (vaak een sigmoïde tussen 0 en 1) bepaalt hoeveel van de andere doorgaat. De invoer moet dezelfde vorm hebben.</translation>
    </message>
    <message>
        <source>output {size} = {formula}</source>
        <translation>uitvoer {size} = {formula}</translation>
    </message>
    <message>
        <source>output height {size} = {formula}</source>
        <translation>uitvoerhoogte {size} = {formula}</translation>
    </message>
    <message>
        <source>output width {size} = {formula}</source>
        <translation>uitvoerbreedte {size} = {formula}</translation>
    </message>
    <message>
        <source>parameters 0 (pooling has nothing to learn)</source>
        <translation>parameters 0 (pooling heeft niets te leren)</translation>
    </message>
    <message>
        <source>stride {size}</source>
        <translation>stapgrootte {size}</translation>
    </message>
    <message>
        <source>Max pooling keeps the largest value of each window in every channel. It shrinks the feature maps (2×2 halves height and width), keeps the strongest responses, and makes the network tolerant of small shifts. It has no weights.</source>
        <translation>Max pooling houdt de grootste waarde van elk venster in elk kanaal. Het verkleint de kaarten (2×2 halveert hoogte en breedte), houdt de sterkste reacties en maakt het netwerk bestand tegen kleine verschuivingen. Het heeft geen gewichten.</translation>
    </message>
    <message>
        <source>output size = ⌊(n − f)/s⌋ + 1</source>
        <translation>uitvoergrootte = ⌊(n − f)/s⌋ + 1</translation>
    </message>
    <message>
        <source>Average pooling replaces each window by its mean in every channel, shrinking the feature maps smoothly (LeNet-5 used it). It has no weights.</source>
        <translation>Average pooling vervangt elk venster door zijn gemiddelde in elk kanaal en verkleint de kaarten geleidelijk (LeNet-5 gebruikte het). Het heeft geen gewichten.</translation>
    </message>
    <message>
        <source>each of the {channels} channels: mean over {size} = {n} values</source>
        <translation>elk van de {channels} kanalen: gemiddelde over {size} = {n} waarden</translation>
    </message>
    <message>
        <source>each of the {channels} channels: max over {size} = {n} values</source>
        <translation>elk van de {channels} kanalen: maximum over {size} = {n} waarden</translation>
    </message>
    <message>
        <source>parameters 0</source>
        <translation>parameters 0</translation>
    </message>
    <message>
        <source>Global average pooling reduces each feature map to its mean, one number per channel. ResNet uses it instead of Flatten + big Dense layers: far fewer parameters and any image size works.</source>
        <translation>Global average pooling brengt elke kenmerkkaart terug tot haar gemiddelde, één getal per kanaal. ResNet gebruikt het in plaats van Flatten + grote Dense-lagen: veel minder parameters, en elke afbeeldingsgrootte werkt.</translation>
    </message>
    <message>
        <source>output = (channels,)</source>
        <translation>uitvoer = (kanalen,)</translation>
    </message>
    <message>
        <source>Global max pooling reduces each feature map to its largest value: &apos;was this pattern anywhere in the image?&apos;, one number per channel.</source>
        <translation>Global max pooling brengt elke kenmerkkaart terug tot haar grootste waarde: &apos;zat dit patroon ergens in de afbeelding?&apos;, één getal per kanaal.</translation>
    </message>
    <message>
        <source>During training, Dropout sets a random fraction of its inputs to zero at every step (and scales the rest up), so no unit can rely on any single other unit; this reduces overfitting. At test time it passes everything through.</source>
        <translation>Tijdens de training zet Dropout bij elke stap een willekeurig deel van zijn invoer op nul (en schaalt de rest op), zodat geen eenheid op één andere kan leunen; dat vermindert overfitting. Bij het testen laat hij alles door.</translation>
    </message>
    <message>
        <source>training: y = x·mask/(1 − rate)</source>
        <translation>training: y = x·masker/(1 − rate)</translation>
    </message>
    <message>
        <source>Batch normalization standardises each channel over the mini-batch (mean 0, variance 1), then applies a learned scale γ and offset β. It keeps activations well-scaled, allows larger learning rates and speeds up training. At test time it uses moving averages gathered during training.</source>
        <translation>Batchnormalisatie standaardiseert elk kanaal over de minibatch (gemiddelde 0, variantie 1) en past dan een geleerde schaal γ en verschuiving β toe. Ze houdt activaties goed geschaald, staat grotere leersnelheden toe en versnelt de training. Bij het testen gebruikt ze lopende gemiddelden die tijdens de training verzameld zijn.</translation>
    </message>
    <message>
        <source>y = γ·(x − μ)/√(σ² + ε) + β</source>
        <translation>y = γ·(x − μ)/√(σ² + ε) + β (per kanaal)</translation>
    </message>
    <message>
        <source>parameters = 4·channels (2 trained, 2 not)</source>
        <translation>parameters = 4·kanalen (2 getraind, 2 niet)</translation>
    </message>
    <message>
        <source>Layer normalization standardises each example on its own, over its features (mean 0, variance 1), then applies a learned scale γ and offset β per feature. Unlike batch normalization it does not depend on the other examples of the batch, so it behaves the same in training and at test time; transformers use it.</source>
        <translation>Laagnormalisatie standaardiseert elk voorbeeld op zich, over zijn kenmerken (gemiddelde 0, variantie 1), en past dan per kenmerk een geleerde schaal γ en verschuiving β toe. Anders dan batchnormalisatie hangt ze niet af van de andere voorbeelden in de batch, dus werkt ze bij training en test hetzelfde; transformers gebruiken haar.</translation>
    </message>
    <message>
        <source>y = γ·(x − μ)/√(σ² + ε) + β, μ and σ² of one example</source>
        <translation>y = γ·(x − μ)/√(σ² + ε) + β, μ en σ² van één voorbeeld</translation>
    </message>
    <message>
        <source>parameters = 2·features</source>
        <translation>parameters = 2·kenmerken</translation>
    </message>
    <message>
        <source>Adds rows and columns of zeros around each feature map. A following &apos;valid&apos; convolution then sees the border pixels as often as the middle ones, and the output does not shrink: p = (f − 1)/2 zeros keep the size for an f×f kernel.</source>
        <translation>Voegt rijen en kolommen nullen toe rond elke kenmerkkaart. Een volgende &apos;valid&apos;-convolutie ziet de randpixels dan even vaak als die in het midden, en de uitvoer krimpt niet: p = (f − 1)/2 nullen houden de grootte voor een f×f-kernel.</translation>
    </message>
    <message>
        <source>output = (h + top + bottom, w + left + right, c)</source>
        <translation>uitvoer = (h + boven + onder, w + links + rechts, c)</translation>
    </message>
    <message>
        <source>The reverse of pooling: every value becomes a block of size rows × columns (copies, or a smooth blend with &apos;bilinear&apos;). A U-Net&apos;s decoder upsamples its maps back to the input size and joins them with the encoder&apos;s maps through skip connections. No weights.</source>
        <translation>Het omgekeerde van pooling: elke waarde wordt een blok van rijen × kolommen (kopieën, of een zachte overgang met &apos;bilinear&apos;). De decoder van een U-Net vergroot zijn kaarten terug tot de invoergrootte en verbindt ze via skipverbindingen met de kaarten van de encoder. Geen gewichten.</translation>
    </message>
    <message>
        <source>output = (h·s_rows, w·s_cols, c)</source>
        <translation>uitvoer = (h·s_rijen, w·s_kolommen, c)</translation>
    </message>
    <message>
        <source>A layer with memory: at every time step its state is computed from the new input and from its own state one step before, h_t = tanh(x_t·W + h_{t−1}·U + b). The output of the units is fed back to their input, so the network is a dynamical system with an internal state. Long sequences are hard for it: the gradient shrinks (or grows) by the same factor at every step back in time.</source>
        <translation>Een laag met geheugen: bij elke tijdstap wordt de toestand berekend uit de nieuwe invoer en de eigen toestand één stap eerder, h_t = tanh(x_t·W + h_{t−1}·U + b). De uitvoer van de eenheden gaat terug naar hun invoer, dus het netwerk is een dynamisch systeem met een interne toestand. Lange reeksen zijn er moeilijk voor: de gradiënt krimpt (of groeit) met dezelfde factor bij elke stap terug in de tijd.</translation>
    </message>
    <message>
        <source>h_t = tanh(x_t·W + h_{t−1}·U + b)</source>
        <translation>h_t = tanh(x_t·W + h_{t−1}·U + b)</translation>
    </message>
    <message>
        <source>parameters = n_in·n + n·n + n</source>
        <translation>parameters = n_in·n + n·n + n</translation>
    </message>
    <message>
        <source>Long short-term memory: a recurrent layer with a cell state and three gates (forget, input, output) that decide, at each step, what the memory keeps, what it writes and what it shows. The cell state is updated by addition, so gradients survive many steps back in time — it learns what a simple RNN forgets.</source>
        <translation>Long short-term memory: een recurrente laag met een celtoestand en drie poorten (vergeten, invoer, uitvoer) die bij elke stap bepalen wat het geheugen houdt, schrijft en laat zien. De celtoestand wordt bijgewerkt door optelling, dus gradiënten overleven veel stappen terug in de tijd — hij leert wat een eenvoudige RNN vergeet.</translation>
    </message>
    <message>
        <source>c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)</source>
        <translation>c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)</translation>
    </message>
    <message>
        <source>parameters = 4·(n_in·n + n·n + n)</source>
        <translation>parameters = 4·(n_in·n + n·n + n)</translation>
    </message>
    <message>
        <source>Gated recurrent unit: a lighter LSTM with two gates (update and reset) and no separate cell state. The update gate mixes the old state and a new candidate, so the layer can keep its memory for many steps.</source>
        <translation>Gated recurrent unit: een lichtere LSTM met twee poorten (update en reset) en zonder aparte celtoestand. De updatepoort mengt de oude toestand met een nieuwe kandidaat, zodat de laag haar geheugen veel stappen kan bewaren.</translation>
    </message>
    <message>
        <source>h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t</source>
        <translation>h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t</translation>
    </message>
    <message>
        <source>parameters = 3·(n_in·n + n·n + 2·n)  (Keras: two biases)</source>
        <translation>parameters = 3·(n_in·n + n·n + 2·n)  (Keras: twee biases)</translation>
    </message>
    <message>
        <source>Two recurrent layers side by side: one reads the sequence from the first step to the last, the other from the last to the first; their outputs are joined. Each step then knows what comes before and after it. Twice the parameters of one layer.</source>
        <translation>Twee recurrente lagen naast elkaar: de ene leest de reeks van de eerste stap naar de laatste, de andere van de laatste naar de eerste; hun uitvoer wordt samengevoegd. Elke stap weet dan wat ervoor en erna komt. Twee keer de parameters van één laag.</translation>
    </message>
    <message>
        <source>output = [forward(x) ; backward(x)]</source>
        <translation>uitvoer = [vooruit(x) ; achteruit(x)]</translation>
    </message>
    <message>
        <source>parameters = 2 · parameters of one layer</source>
        <translation>parameters = 2 · parameters van één laag</translation>
    </message>
</context>
<context>
    <name>ChallengePanel</name>
    <message>
        <source>Best test accuracy</source>
        <extracomment>Opens a handed-in model file (set by the wiring: the editor opens it).</extracomment>
        <translation>Beste testnauwkeurigheid</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Gegevensset</translation>
    </message>
    <message>
        <source>Parameters at most</source>
        <translation>Hoogstens zoveel parameters</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Open the winner&apos;s network</source>
        <translation>Netwerk van de winnaar openen</translation>
    </message>
    <message>
        <source>No challenge yet.</source>
        <translation>Nog geen uitdaging.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testnauwkeurigheid</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Preparing the test data…</source>
        <translation>Testgegevens voorbereiden…</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Niet gedaan: {reason}</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>vastgelegd</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>{title}: {dataset}, at most {params} parameters — {state}</source>
        <translation>{title}: {dataset}, hoogstens {params} parameters — {state}</translation>
    </message>
</context>
<context>
    <name>Class hub</name>
    <message>
        <source>a message of {size} bytes; at most {limit} are read</source>
        <extracomment>The largest WebSocket frame the hub reads; a larger one closes that connection only. A network spec shared with a run (a 200-layer network is a few hundred KB of JSON). Points of one curve (the app thins a run&apos;s curves to this many). A student&apos;s name: printable (no control characters), shown escaped everywhere. A hand-in&apos;s id, chosen by the app so a resent hand-in counts once.</extracomment>
        <translation>een bericht van {size} bytes; er worden er hoogstens {limit} gelezen</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>geen JSON-object</translation>
    </message>
    <message>
        <source>protocol version {got}; this LayerLab speaks version {version}: use the same LayerLab release as the teacher</source>
        <translation>protocolversie {got}; deze LayerLab spreekt versie {version}: gebruik dezelfde LayerLab-versie als de docent</translation>
    </message>
    <message>
        <source>message &apos;{type}&apos;: {problem}</source>
        <translation>bericht &apos;{type}&apos;: {problem}</translation>
    </message>
    <message>
        <source>not JSON: {problem}</source>
        <translation>geen JSON: {problem}</translation>
    </message>
    <message>
        <source>{path}: a class saved by a later LayerLab (schema {got}); this one reads schema {version}. Update LayerLab to resume this class.</source>
        <extracomment>The join code&apos;s alphabet: no 0/O, 1/I/L, 2/Z, 5/S, 8/B — nothing read aloud twice.</extracomment>
        <translation>{path}: een klas opgeslagen door een nieuwere LayerLab (schema {got}); deze leest schema {version}. Werk LayerLab bij om met deze klas verder te gaan.</translation>
    </message>
    <message>
        <source>{path}: not a class database ({problem})</source>
        <translation>{path}: geen klasdatabase ({problem})</translation>
    </message>
    <message>
        <source>{dataset}: a challenge needs a classification dataset</source>
        <extracomment>Address space of the evaluator: TensorFlow reserves ~3 GB of it before doing anything; the models a challenge allows need a few hundred MB more. Test examples kept per challenge (MNIST&apos;s test set is 10,000).</extracomment>
        <translation>{dataset}: een uitdaging vraagt een classificatiedataset</translation>
    </message>
    <message>
        <source>the evaluation took longer than {seconds} s; stopped</source>
        <translation>de evaluatie duurde langer dan {seconds} s; gestopt</translation>
    </message>
    <message>
        <source>the evaluation stopped without a score (exit status {code}: out of time or memory, or the model crashed it)</source>
        <translation>de evaluatie stopte zonder score (afsluitcode {code}: geen tijd of geheugen meer, of het model liet haar crashen)</translation>
    </message>
    <message>
        <source>{count} hand-ins are waiting for the hub already</source>
        <extracomment>The last push received (sent on reconnection: the hub resends only what was missed).</extracomment>
        <translation>er wachten al {count} inzendingen op de hub</translation>
    </message>
    <message>
        <source>the hub is gone</source>
        <translation>de hub is weg</translation>
    </message>
    <message>
        <source>not connected to the hub</source>
        <translation>niet verbonden met de hub</translation>
    </message>
    <message>
        <source>wrong class code</source>
        <extracomment>How a message reaches one student&apos;s open connections (set by the server). A pushed lesson or network (JSON) or project (a .layerlab). How often the latest shared progress and runs are written to the database. Students in one class (each phone that joins is one more): a class never meets it, and a client with the right code cannot fill the database with made-up names. What answers the phone page&apos;s &quot;what does the network say?&quot;: a 28×28 image in 0…1 → 10 probabilities, called in a worker thread (set by the teacher&apos;s window).</extracomment>
        <translation>verkeerde klascode</translation>
    </message>
    <message>
        <source>the class is full ({count} students)</source>
        <translation>de klas is vol ({count} leerlingen)</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is taken in this class; add an initial</source>
        <translation>de naam &apos;{name}&apos; is al bezet in deze klas; voeg een initiaal toe</translation>
    </message>
    <message>
        <source>a drawing needs its label, a digit 0–9</source>
        <translation>een tekening heeft een label nodig, een cijfer 0–9</translation>
    </message>
    <message>
        <source>no challenge is running</source>
        <translation>er loopt geen uitdaging</translation>
    </message>
    <message>
        <source>a push is a lesson, a project or a network, not {kind}</source>
        <translation>een verzending is een les, een project of een netwerk, geen {kind}</translation>
    </message>
    <message>
        <source>a push of {size} bytes; at most {limit}</source>
        <translation>een verzending van {size} bytes; hoogstens {limit}</translation>
    </message>
    <message>
        <source>no student number {student} in this class</source>
        <translation>geen leerling nummer {student} in deze klas</translation>
    </message>
    <message>
        <source>a message has 1 to {limit} characters, got {count}</source>
        <translation>een bericht heeft 1 tot {limit} tekens, ontvangen {count}</translation>
    </message>
    <message>
        <source>a challenge allows 1 to 150,000,000 parameters and lasts 10 s to 24 h</source>
        <translation>een uitdaging staat 1 tot 150.000.000 parameters toe en duurt 10 s tot 24 u</translation>
    </message>
    <message>
        <source>no challenge number {number} with its test data</source>
        <translation>geen uitdaging nummer {number} met haar testgegevens</translation>
    </message>
    <message>
        <source>a {kind} of {size} bytes; the hub takes at most {limit}</source>
        <extracomment>A project handed in (a classroom project with its runs is ~10 MB). A model handed in for a challenge (the MNIST MLP is 1.2 MB; VGG16 would be 530 MB). A drawn digit (a 280×280 canvas as PNG is ~10 KB). A drawing&apos;s sides, in pixels (a phone&apos;s canvas is at most its screen&apos;s width). The size a drawing is kept at: enough to be read as a digit, and to be resized to 28×28.</extracomment>
        <translation>een {kind} van {size} bytes; de hub neemt er hoogstens {limit}</translation>
    </message>
    <message>
        <source>not a .keras model (a .keras file is a zip): {problem}</source>
        <translation>geen .keras-model (een .keras-bestand is een zip): {problem}</translation>
    </message>
    <message>
        <source>not a .keras model (no config.json inside)</source>
        <translation>geen .keras-model (er zit geen config.json in)</translation>
    </message>
    <message>
        <source>a drawing must be a PNG image, got {format}</source>
        <translation>een tekening moet een PNG-afbeelding zijn, ontvangen: {format}</translation>
    </message>
    <message>
        <source>a drawing of {width}×{height} pixels; sides from 8 to {limit} are taken</source>
        <translation>een tekening van {width}×{height} pixels; zijden van 8 tot {limit} worden aangenomen</translation>
    </message>
    <message>
        <source>not a readable PNG drawing ({problem})</source>
        <translation>geen leesbare PNG-tekening ({problem})</translation>
    </message>
    <message>
        <source>the class hub is full ({count} connections)</source>
        <translation>de klashub is vol ({count} verbindingen)</translation>
    </message>
    <message>
        <source>too many connections from {address} ({count}); close some</source>
        <translation>te veel verbindingen vanaf {address} ({count}); sluit er een paar</translation>
    </message>
    <message>
        <source>no join message in time</source>
        <translation>geen aanmeldbericht op tijd</translation>
    </message>
    <message>
        <source>the connection ended before joining</source>
        <translation>de verbinding eindigde voor het aanmelden</translation>
    </message>
    <message>
        <source>too many wrong codes from {address}; try again in {seconds} s</source>
        <translation>te veel verkeerde codes vanaf {address}; probeer het over {seconds} s opnieuw</translation>
    </message>
    <message>
        <source>join the class first</source>
        <translation>meld je eerst aan bij de klas</translation>
    </message>
    <message>
        <source>too many messages; at most {rate:g} a second are taken</source>
        <translation>te veel berichten; er worden er hoogstens {rate:g} per seconde aangenomen</translation>
    </message>
    <message>
        <source>already joined</source>
        <translation>al aangemeld</translation>
    </message>
    <message>
        <source>wrong teacher secret</source>
        <translation>verkeerd docentengeheim</translation>
    </message>
    <message>
        <source>join the class first (no valid token)</source>
        <extracomment>Only the hub itself: no outside script, style, font or image, no frame around the page. A drawing to predict: a phone&apos;s canvas as a PNG is a few KB. Seconds a prediction may take (one image through a small network takes milliseconds).</extracomment>
        <translation>meld je eerst aan bij de klas (geen geldig token)</translation>
    </message>
    <message>
        <source>the teacher has no network to answer with yet</source>
        <translation>de docent heeft nog geen netwerk om mee te antwoorden</translation>
    </message>
    <message>
        <source>the drawing is empty</source>
        <translation>de tekening is leeg</translation>
    </message>
    <message>
        <source>the teacher&apos;s network could not answer: {problem}</source>
        <translation>het netwerk van de docent kon niet antwoorden: {problem}</translation>
    </message>
    <message>
        <source>too many hand-ins at once; try later</source>
        <translation>te veel inzendingen tegelijk; probeer het later</translation>
    </message>
    <message>
        <source>a hand-in needs its id (32 hex digits)</source>
        <translation>een inzending heeft een id nodig (32 hexadecimale cijfers)</translation>
    </message>
    <message>
        <source>a label is one digit 0–9, got {label}</source>
        <translation>een label is één cijfer 0–9, ontvangen: {label}</translation>
    </message>
    <message>
        <source>no such push for you</source>
        <translation>zo&apos;n verzending is er niet voor jou</translation>
    </message>
    <message>
        <source>teacher actions need the teacher&apos;s secret</source>
        <translation>acties van de docent vragen het docentengeheim</translation>
    </message>
</context>
<context>
    <name>ClassDashboard</name>
    <message>
        <source>Class dashboard</source>
        <extracomment>the name column&apos;s widest, in average characters (&quot;Jean-Baptiste Delacroix-Montfort&quot; is elided, its tooltip has it whole): the other columns keep the projector&apos;s width the loss curve&apos;s width, in average characters: a shape a room still reads</extracomment>
        <translation>Klasoverzicht</translation>
    </message>
    <message>
        <source>No class is running: File → Class → Start a class.</source>
        <translation>Er loopt geen klas: Bestand → Klas → Een klas starten.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Uitdagingen</translation>
    </message>
    <message>
        <source>Class dataset</source>
        <translation>Gegevens van de klas</translation>
    </message>
    <message>
        <source>Find: a name, a lesson, &quot;step 3&quot;…</source>
        <translation>Zoeken: een naam, een les, ‘stap 3’…</translation>
    </message>
    <message>
        <source>Only those stuck on a check</source>
        <translation>Alleen wie vastzit bij een controle</translation>
    </message>
    <message>
        <source>to everyone</source>
        <translation>aan iedereen</translation>
    </message>
    <message>
        <source>to the selected student</source>
        <translation>aan de gekozen leerling</translation>
    </message>
    <message>
        <source>Show their network</source>
        <translation>Zijn of haar netwerk tonen</translation>
    </message>
    <message>
        <source>Push the lesson</source>
        <translation>Les doorsturen</translation>
    </message>
    <message>
        <source>Push the project</source>
        <translation>Project doorsturen</translation>
    </message>
    <message>
        <source>Push the network</source>
        <translation>Netwerk doorsturen</translation>
    </message>
    <message>
        <source>A message for the class…</source>
        <translation>Een bericht voor de klas…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Open the hand-ins</source>
        <translation>Ingeleverd werk openen</translation>
    </message>
    <message>
        <source>{name} — code {code} — {address}</source>
        <translation>{name} — code {code} — {address}</translation>
    </message>
    <message>
        <source>The class has ended. Its folder keeps everything.</source>
        <translation>De klas is afgelopen. De map bewaart alles.</translation>
    </message>
    <message>
        <source>{name} handed in a project.</source>
        <translation>{name} heeft een project ingeleverd.</translation>
    </message>
    <message>
        <source>{name} handed in a model.</source>
        <translation>{name} heeft een model ingeleverd.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) handed in</source>
        <translation>
            <numerusform>%n project ingeleverd</numerusform>
            <numerusform>%n projecten ingeleverd</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a student first.</source>
        <translation>Kies eerst een leerling.</translation>
    </message>
    <message>
        <source>{name} has not shared a network yet (it comes with a run).</source>
        <translation>{name} heeft nog geen netwerk gedeeld (dat komt met een training).</translation>
    </message>
    <message>
        <source>Your network is shown on the projector.</source>
        <translation>Je netwerk staat op de projector.</translation>
    </message>
    <message>
        <source>{name} is told their network is shown.</source>
        <translation>{name} hoort dat het netwerk getoond wordt.</translation>
    </message>
    <message>
        <source>Open a lesson first: its step is what is pushed.</source>
        <translation>Open eerst een les: de stap ervan wordt doorgestuurd.</translation>
    </message>
    <message>
        <source>There is no project to push.</source>
        <translation>Er is geen project om door te sturen.</translation>
    </message>
    <message>
        <source>There is no network to push.</source>
        <translation>Er is geen netwerk om door te sturen.</translation>
    </message>
    <message>
        <source>Pushed: {title}</source>
        <translation>Doorgestuurd: {title}</translation>
    </message>
    <message>
        <source>Not pushed: {reason}</source>
        <translation>Niet doorgestuurd: {reason}</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Bericht verstuurd.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Niet verstuurd: {reason}</translation>
    </message>
</context>
<context>
    <name>ClassDatasetView</name>
    <message>
        <source>Every digit</source>
        <extracomment>Where &quot;Train on it&quot; hands the exported folder (set by the wiring).</extracomment>
        <translation>Alle cijfers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Train on it</source>
        <translation>Erop trainen</translation>
    </message>
    <message>
        <source>Compare with MNIST</source>
        <extracomment>The model to compare with (MNIST&apos;s bundled one; set by the wiring when it is loaded).</extracomment>
        <translation>Vergelijken met MNIST</translation>
    </message>
    <message>
        <source>How well the model trained on MNIST reads the class&apos;s own handwriting</source>
        <translation>Hoe goed het op MNIST getrainde model het handschrift van de klas leest</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Untick a drawing to reject it (a wrong label); tick it to keep it.</source>
        <translation>Vink een tekening uit om ze af te wijzen (fout label); vink ze aan om ze te houden.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behouden</translation>
    </message>
    <message>
        <source>{kept} kept, {rejected} rejected</source>
        <translation>{kept} behouden, {rejected} afgewezen</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Niet gewijzigd: {reason}</translation>
    </message>
    <message>
        <source>Export the class dataset to</source>
        <translation>Gegevens van de klas exporteren naar</translation>
    </message>
    <message>
        <source>No drawing to use yet.</source>
        <translation>Nog geen tekening om te gebruiken.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Niet geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>The MNIST model is still loading; try again in a moment.</source>
        <translation>Het MNIST-model wordt nog geladen; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Reading the drawings…</source>
        <translation>De tekeningen worden gelezen…</translation>
    </message>
    <message>
        <source>Not compared: {reason}</source>
        <translation>Niet vergeleken: {reason}</translation>
    </message>
    <message>
        <source>The MNIST model reads {right} of the class&apos;s {total} drawings ({percent} %).</source>
        <translation>Het MNIST-model leest {right} van de {total} tekeningen van de klas ({percent} %).</translation>
    </message>
    <message>
        <source>{count} drawings written to {path}</source>
        <translation>{count} tekeningen geschreven naar {path}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klas</translation>
    </message>
    <message>
        <source>&amp;Start a class…</source>
        <translation>Een klas &amp;starten…</translation>
    </message>
    <message>
        <source>Class &amp;dashboard</source>
        <translation>Klas&amp;overzicht</translation>
    </message>
    <message>
        <source>Class data&amp;set</source>
        <translation>&amp;Gegevens van de klas</translation>
    </message>
    <message>
        <source>&amp;Join a class…</source>
        <translation>&amp;Deelnemen aan een klas…</translation>
    </message>
    <message>
        <source>&amp;Hand in the project</source>
        <translation>Het project &amp;inleveren</translation>
    </message>
    <message>
        <source>&amp;Leave the class</source>
        <translation>De klas &amp;verlaten</translation>
    </message>
    <message>
        <source>Send to the class dataset</source>
        <translation>Naar de gegevens van de klas sturen</translation>
    </message>
    <message>
        <source>Hand this drawing in with the class chosen beside, for the class dataset</source>
        <translation>Deze tekening inleveren met de klasse die ernaast gekozen is, voor de gegevens van de klas</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Klasoverzicht</translation>
    </message>
    <message>
        <source>Join a class first (File → Class → Join).</source>
        <translation>Neem eerst deel aan een klas (Bestand → Klas → Deelnemen).</translation>
    </message>
    <message>
        <source>Project handed in (sent now, or when the hub is back).</source>
        <translation>Project ingeleverd (nu verzonden, of zodra de hub terug is).</translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation>Teken eerst een cijfer.</translation>
    </message>
    <message>
        <source>The class dataset takes digits: choose a class from 0 to 9.</source>
        <translation>De gegevens van de klas nemen cijfers: kies een klasse van 0 tot 9.</translation>
    </message>
    <message>
        <source>Drawing sent to the class dataset as a {label}.</source>
        <translation>Tekening naar de gegevens van de klas gestuurd als een {label}.</translation>
    </message>
</context>
<context>
    <name>ComputationGraphView</name>
    <message>
        <source>Expression</source>
        <translation>Uitdrukking</translation>
    </message>
    <message>
        <source>Numbers, variables, + − * / **, parentheses and exp, log, sqrt, sigmoid, tanh, relu, abs, max, min. E.g. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))</source>
        <translation>Getallen, variabelen, + − * / **, haakjes en exp, log, sqrt, sigmoid, tanh, relu, abs, max, min. Bijv. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))</translation>
    </message>
    <message>
        <source>h for central differences</source>
        <translation>h voor centrale differenties</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabele</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>numeriek</translation>
    </message>
    <message>
        <source>difference between backpropagation and central differences</source>
        <translation>verschil tussen backpropagation en centrale differenties</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;green: forward value&lt;/span&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;red: gradient flowing back&lt;/span&gt;. Add distributes, mul swaps, max routes, a variable used twice adds.</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;groen: voorwaartse waarde&lt;/span&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;rood: gradiënt die terugstroomt&lt;/span&gt;. Optellen verdeelt, vermenigvuldigen wisselt, max leidt door, een variabele die twee keer voorkomt telt op.</translation>
    </message>
</context>
<context>
    <name>ConvSandbox</name>
    <message>
        <source>output height = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</source>
        <translation>uitvoerhoogte = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</translation>
    </message>
    <message>
        <source>output width = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</source>
        <translation>uitvoerbreedte = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</translation>
    </message>
</context>
<context>
    <name>Convolution</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Gemiddelde vervaging</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Verscherpen</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Randen</translation>
    </message>
    <message>
        <source>Strong edge</source>
        <translation>Sterke randen</translation>
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
        <translation>Verticale rand (1 0 −1)</translation>
    </message>
    <message>
        <source>X filter</source>
        <translation>X-filter</translation>
    </message>
    <message>
        <source>Lecture 3×3 (2 2 2 / 1 0 1 / 2 2 2)</source>
        <translation>De 3×3 uit het college (2 2 2 / 1 0 1 / 2 2 2)</translation>
    </message>
    <message>
        <source>Diagonal 2×2 (2 0 / 0 2)</source>
        <translation>Diagonaal 2×2 (2 0 / 0 2)</translation>
    </message>
    <message>
        <source>5×5 ⊛ 3×3 (convolution by numbers)</source>
        <translation>5×5 ⊛ 3×3 (convolutie in getallen)</translation>
    </message>
    <message>
        <source>The slide&apos;s result: 82 68 46 / 45 24 26 / 63 65 51.</source>
        <translation>Het resultaat op de dia: 82 68 46 / 45 24 26 / 63 65 51.</translation>
    </message>
    <message>
        <source>6×6 image, padding 1, X filter, then max pooling</source>
        <translation>Beeld 6×6, rand 1, X-filter, dan max pooling</translation>
    </message>
    <message>
        <source>With one ring of zeros the 6×6 image keeps its size; 2×2 max pooling gives 3×3.</source>
        <translation>Met één rand nullen houdt het 6×6-beeld zijn grootte; 2×2 max pooling geeft 3×3.</translation>
    </message>
    <message>
        <source>Stride 2 with a vertical-edge filter</source>
        <translation>Stapgrootte 2 met een verticaal randfilter</translation>
    </message>
    <message>
        <source>Stride 2 skips every other position: ⌊(5 − 3)/2⌋ + 1 = 2 outputs a row.</source>
        <translation>Stapgrootte 2 slaat elke tweede positie over: ⌊(5 − 3)/2⌋ + 1 = 2 uitkomsten per rij.</translation>
    </message>
    <message>
        <source>Max pooling 4×4 → 2×2</source>
        <translation>Max pooling 4×4 → 2×2</translation>
    </message>
    <message>
        <source>The identity kernel passes the input through; pooling keeps each window&apos;s largest.</source>
        <translation>De identiteitskern laat de invoer door; pooling houdt het grootste van elk venster.</translation>
    </message>
    <message>
        <source>Equivariance: 3×3 ⊛ 2×2 (shift it by 1)</source>
        <translation>Equivariantie: 3×3 ⊛ 2×2 (verschuif met 1)</translation>
    </message>
    <message>
        <source>Shift the input one pixel right: the output moves with it, the pooled 80 stays.</source>
        <translation>Verschuif de invoer één pixel naar rechts: de uitvoer schuift mee, de 80 na pooling blijft.</translation>
    </message>
    <message>
        <source>an image has rows and columns; this has shape {shape}</source>
        <translation>een beeld heeft rijen en kolommen; dit heeft vorm {shape}</translation>
    </message>
    <message>
        <source>The convolution output moved with the input ({n} column): equivariance.</source>
        <translation>De uitvoer van de convolutie schoof mee met de invoer ({n} kolom): equivariantie.</translation>
    </message>
    <message>
        <source>The convolution output moved with the input ({n} columns): equivariance.</source>
        <translation>De uitvoer van de convolutie schoof mee met de invoer ({n} kolommen): equivariantie.</translation>
    </message>
    <message>
        <source>The convolution output did not simply move: the shift is not a multiple of the stride, or values crossed the border.</source>
        <translation>De uitvoer van de convolutie schoof niet zomaar op: de verschuiving is geen veelvoud van de stapgrootte, of waarden gingen over de rand.</translation>
    </message>
    <message>
        <source>After pooling, 0 of {cells} values changed: invariance.</source>
        <translation>Na pooling veranderden 0 van de {cells} waarden: invariantie.</translation>
    </message>
    <message>
        <source>After pooling, {changed} of {cells} values changed.</source>
        <translation>Na pooling veranderden {changed} van de {cells} waarden.</translation>
    </message>
</context>
<context>
    <name>ConvolutionSandbox</name>
    <message>
        <source>Convolution sandbox</source>
        <translation>Convolutiezandbak</translation>
    </message>
    <message>
        <source>Slide the kernel</source>
        <translation>De kernel schuiven</translation>
    </message>
    <message>
        <source>How often each pixel is seen</source>
        <translation>Hoe vaak elke pixel gezien wordt</translation>
    </message>
    <message>
        <source>Shift the input</source>
        <translation>De invoer verschuiven</translation>
    </message>
    <message>
        <source>Input numbers</source>
        <translation>Invoergetallen</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>Gewichten van de kernel</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>Uitvoer van de convolutie</translation>
    </message>
    <message>
        <source>Pooled output</source>
        <translation>Uitvoer na pooling</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Na pooling</translation>
    </message>
    <message>
        <source>⟲ Start over</source>
        <translation>⟲ Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Step ▶|</source>
        <translation>Stap ▶|</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Afspelen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>snelheid</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow wordt nog geladen…</translation>
    </message>
    <message>
        <source>kernel {n}</source>
        <translation>kernel {n}</translation>
    </message>
    <message>
        <source>Max pooled</source>
        <translation>Max-pooling</translation>
    </message>
    <message>
        <source>Average pooled</source>
        <translation>Gemiddelde pooling</translation>
    </message>
    <message>
        <source>Output ({rows}×{cols})</source>
        <translation>Uitvoer ({rows}×{cols})</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pauze</translation>
    </message>
    <message>
        <source>{n} cell(s)/s</source>
        <translation>{n} cel(len)/s</translation>
    </message>
    <message>
        <source>Press Step (→) or Play to slide the kernel over the input.</source>
        <translation>Druk op Stap (→) of Afspelen om de kernel over de invoer te schuiven.</translation>
    </message>
    <message>
        <source>0 of {n} cells</source>
        <translation>0 van {n} cellen</translation>
    </message>
    <message>
        <source>output row {i}, column {j}</source>
        <translation>uitvoer rij {i}, kolom {j}</translation>
    </message>
    <message>
        <source>pooled row {i}, column {j}</source>
        <translation>pooling rij {i}, kolom {j}</translation>
    </message>
    <message>
        <source>{n} of {total} cells</source>
        <translation>{n} van {total} cellen</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>How often each pixel is seen without padding</source>
        <translation>Hoe vaak elke pixel gezien wordt zonder opvulling</translation>
    </message>
    <message>
        <source>How often each pixel is seen with padding</source>
        <translation>Hoe vaak elke pixel gezien wordt met opvulling</translation>
    </message>
    <message>
        <source>Counting is shown for inputs up to 28×28.</source>
        <translation>Het tellen wordt getoond voor invoer tot 28×28.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without padding&lt;/b&gt;: windows covering each pixel</source>
        <translation>&lt;b&gt;Zonder opvulling&lt;/b&gt;: vensters die elke pixel bedekken</translation>
    </message>
    <message>
        <source>&lt;b&gt;With padding {rings}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Met padding {rings}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A corner pixel is inside {corner} window(s) without padding and {padded} with it; the middle pixel ({row}, {col}) is inside {middle}. Padding lets the border be seen as often as the middle.</source>
        <translation>Een hoekpixel valt in {corner} venster(s) zonder padding en {padded} met padding; de middelste pixel ({row}, {col}) valt in {middle}. Met padding wordt de rand even vaak gezien als het midden.</translation>
    </message>
</context>
<context>
    <name>CurveFitView</name>
    <message>
        <source>The fitted curve is for networks with one input, on 1-D regression data such as the Noisy sine. This network takes {shape}; try the Sine fit preset (File → New from template).</source>
        <translation>De passende curve is voor netwerken met één invoer, op 1-D-regressiedata zoals de Ruisige sinus. Dit netwerk neemt {shape}; probeer de sjabloon Sinus passen (Bestand → Nieuw uit sjabloon).</translation>
    </message>
    <message>
        <source>Choose 1-D regression data: the Noisy sine.</source>
        <translation>Kies 1-D-regressiedata: de Ruisige sinus.</translation>
    </message>
    <message>
        <source>The network has {count} outputs; the curve needs one.</source>
        <translation>Het netwerk heeft {count} uitvoeren; de curve heeft er één nodig.</translation>
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
        <translation>(geen dataset)</translation>
    </message>
    <message>
        <source>{title} (not installed)</source>
        <translation>{title} (niet geïnstalleerd)</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>Je eigen gegevens…</translation>
    </message>
    <message>
        <source>An image folder (one subfolder per class), a CSV table, IDX files or an .npz</source>
        <translation>Een map met afbeeldingen (één submap per klasse), een CSV-tabel, IDX-bestanden of een .npz</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>de dataset</translation>
    </message>
    <message>
        <source>Fit the output layer</source>
        <translation>Uitvoerlaag aanpassen</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>MNIST handwritten digits</source>
        <translation>MNIST handgeschreven cijfers</translation>
    </message>
    <message>
        <source>MNIST ink masks (segmentation)</source>
        <translation>MNIST-inktmaskers (segmentatie)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing</source>
        <translation>Fashion-MNIST kleding</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>XOR-kwadranten</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cirkels</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>Twee Gaussische wolken</translation>
    </message>
    <message>
        <source>Spirals</source>
        <translation>Spiralen</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Manen</translation>
    </message>
    <message>
        <source>Noisy sine</source>
        <translation>Sinus met ruis</translation>
    </message>
    <message>
        <source>Noisy plane</source>
        <translation>Vlak met ruis</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>EN-poort</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>OF-poort</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>NEN-poort</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>XOR-poort</translation>
    </message>
    <message>
        <source>XNOR gate</source>
        <translation>XNOR-poort</translation>
    </message>
    <message>
        <source>NOT gate</source>
        <translation>NIET-poort</translation>
    </message>
    <message>
        <source>MNIST read row by row</source>
        <translation>MNIST rij voor rij gelezen</translation>
    </message>
    <message>
        <source>Sine wave to continue</source>
        <translation>Sinusgolf om voort te zetten</translation>
    </message>
    <message>
        <source>Counting 1s (memory)</source>
        <translation>Enen tellen (geheugen)</translation>
    </message>
    <message>
        <source>Parity of bits (memory)</source>
        <translation>Pariteit van bits (geheugen)</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; — each one&apos;s own output over the same plane (orange high, blue low). The output layer combines these pictures.</source>
        <extracomment>A redraw quicker than this asks for the next snapshot before it draws (it is taken while this one is drawn: 30 and more pictures a second); a slower one (a busy machine) waits as long as it took before asking, so the pictures never take more than about half of the window&apos;s time and the training thread, the rest of the window and a background XLA compile keep up.</extracomment>
        <translation>&lt;b&gt;Verborgen eenheden&lt;/b&gt; — de eigen uitvoer van elk over hetzelfde vlak (oranje hoog, blauw laag). De uitvoerlaag combineert deze plaatjes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; (orange high, blue low):</source>
        <translation>&lt;b&gt;Verborgen eenheden&lt;/b&gt; (oranje hoog, blauw laag):</translation>
    </message>
    <message>
        <source>The decision boundary is drawn for networks with 2 inputs (points in a plane), such as the XOR, circles, spirals or logic-gate datasets. This network takes {shape}.</source>
        <translation>De beslissingsgrens wordt getekend voor netwerken met 2 invoeren (punten in een vlak), zoals de datasets XOR, cirkels, spiralen of logische poorten. Dit netwerk krijgt {shape}.</translation>
    </message>
    <message>
        <source>Choose a 2-D dataset (xor, circles, spirals, moons, gaussians or a logic gate) to see the decision boundary.</source>
        <translation>Kies een 2D-dataset (xor, cirkels, spiralen, manen, gaussverdelingen of een logische poort) om de beslissingsgrens te zien.</translation>
    </message>
    <message>
        <source>Colour: the network&apos;s output value over the plane.</source>
        <translation>Kleur: de uitvoerwaarde van het netwerk over het vlak.</translation>
    </message>
    <message>
        <source>Predicted class over the plane; training accuracy when paused or done.</source>
        <translation>Voorspelde klasse over het vlak; trainingsnauwkeurigheid bij pauze of aan het eind.</translation>
    </message>
    <message>
        <source>Colour: the class the network predicts at each point (paler = less sure). Dots are coloured by their true class: white edge = training example, dark edge = test example. The training accuracy shows when training pauses or ends.</source>
        <translation>Kleur: de klasse die het netwerk op elk punt voorspelt (bleker = minder zeker). Stippen hebben de kleur van hun echte klasse: witte rand = trainingsvoorbeeld, donkere rand = testvoorbeeld. De trainingsnauwkeurigheid verschijnt bij pauze of aan het eind van de training.</translation>
    </message>
    <message>
        <source>Predicted class over the plane; training accuracy {percent} %.</source>
        <translation>Voorspelde klasse over het vlak; trainingsnauwkeurigheid {percent} %.</translation>
    </message>
    <message>
        <source>Colour: the class the network predicts at each point (paler = less sure). Dots are coloured by their true class: white edge = training example, dark edge = test example. Training accuracy {percent} %.</source>
        <translation>Kleur: de klasse die het netwerk op elk punt voorspelt (bleker = minder zeker). Stippen hebben de kleur van hun echte klasse: witte rand = trainingsvoorbeeld, donkere rand = testvoorbeeld. Trainingsnauwkeurigheid {percent} %.</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}: output from {low} to {high}</source>
        <translation>{layer}, eenheid {unit}: uitvoer van {low} tot {high}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Wijzigingen in ‘{name}’ opslaan?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Je wijzigingen gaan verloren als je ze niet opslaat.</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;Network files (*.json);;Keras models (*.keras);;All files (*)</source>
        <translation>LayerLab-projecten (*.layerlab);;Netwerkbestanden (*.json);;Keras-modellen (*.keras);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Netwerk openen</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Afbeelding openen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>Gewichten laden</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Keras-gewichten (*.weights.h5)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation>CSV-tabellen (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy-arrays (*.npz)</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>Je eigen gegevens</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;Network files (*.json);;All files (*)</source>
        <translation>LayerLab-projecten (*.layerlab);;Netwerkbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>Netwerk opslaan</translation>
    </message>
    <message>
        <source>Figure size</source>
        <translation>Grootte van de figuur</translation>
    </message>
    <message>
        <source>Times the size on screen (2 suits slides):</source>
        <translation>Keer de grootte op het scherm (2 past bij dia&apos;s):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
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
        <source>Add this drawing (as the 28×28 image below) to an image-folder dataset: one subfolder per class. Collect your own handwriting and train on it.</source>
        <translation>Voeg deze tekening (als de 28×28-afbeelding hieronder) toe aan een dataset met afbeeldingsmappen: één submap per klasse. Verzamel je eigen handschrift en train erop.</translation>
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
        <source>The probabilities show once you have answered the lesson&apos;s question.</source>
        <translation>De kansen verschijnen zodra je de vraag van de les hebt beantwoord.</translation>
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
    <message>
        <source>No model can answer: {reason}.</source>
        <translation>Geen enkel model kan antwoorden: {reason}.</translation>
    </message>
    <message>
        <source>Answering: &lt;b&gt;your network&lt;/b&gt; ({source}).</source>
        <translation>Antwoord van &lt;b&gt;jouw netwerk&lt;/b&gt; ({source}).</translation>
    </message>
    <message>
        <source>Answering: &lt;b&gt;{name}&lt;/b&gt;. {reason}.</source>
        <translation>Antwoord van &lt;b&gt;{name}&lt;/b&gt;. {reason}.</translation>
    </message>
    <message>
        <source>drawing → answer in {ms} ms</source>
        <translation>tekening → antwoord in {ms} ms</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>jouw tekening</translation>
    </message>
    <message>
        <source>pixel row {row}, column {column}: {value}</source>
        <translation>pixel rij {row}, kolom {column}: {value}</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Niets om op te slaan</translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation>Teken eerst een cijfer.</translation>
    </message>
    <message>
        <source>Folder of your own dataset (one subfolder per class)</source>
        <translation>Map van je eigen dataset (één submap per klasse)</translation>
    </message>
    <message>
        <source>Could not save the drawing</source>
        <translation>De tekening kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger (Ctrl+Z: undo a stroke)</source>
        <translation>Teken een cijfer met de muis, een pen of een vinger (Ctrl+Z: streek ongedaan maken)</translation>
    </message>
    <message>
        <source>draw a digit here</source>
        <translation>teken hier een cijfer</translation>
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
        <translation>t-SNE (buren)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projecteren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Keep for comparison</source>
        <translation>Bewaren om te vergelijken</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>test examples</source>
        <translation>testvoorbeelden</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Hover over a point to see its image; click to open it.</source>
        <translation>Beweeg over een punt om de afbeelding te zien; klik om haar te openen.</translation>
    </message>
    <message>
        <source>Choose a classification dataset that fits the network (e.g. MNIST with LeNet-5).</source>
        <translation>Kies een classificatiedataset die bij het netwerk past (bijv. MNIST met LeNet-5).</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Experiment board</source>
        <translation>Experimentenbord</translation>
    </message>
    <message>
        <source>(as the network)</source>
        <translation>(zoals het netwerk)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare up to four runs&lt;/b&gt; from the same initial weights and seed: change one setting per run and see what it does.</source>
        <translation>&lt;b&gt;Vergelijk tot vier runs&lt;/b&gt; vanuit dezelfde begingewichten en seed: verander per run één instelling en kijk wat die doet.</translation>
    </message>
    <message>
        <source>+ Add run</source>
        <translation>+ Run toevoegen</translation>
    </message>
    <message>
        <source>− Remove run</source>
        <translation>− Run verwijderen</translation>
    </message>
    <message>
        <source>▶ Train all</source>
        <translation>▶ Alles trainen</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stoppen</translation>
    </message>
    <message>
        <source>Results as CSV…</source>
        <translation>Resultaten als CSV…</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>Validation loss (solid: training)</source>
        <translation>Validatieverlies (doorgetrokken: training)</translation>
    </message>
    <message>
        <source>Validation accuracy (solid: training)</source>
        <translation>Validatienauwkeurigheid (doorgetrokken: training)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimalisator</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>leersnelheid</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>batchgrootte</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activatie</translation>
    </message>
    <message>
        <source>initialiser</source>
        <translation>initialisatie</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>best val. acc.</source>
        <translation>beste val.-nauwk.</translation>
    </message>
    <message>
        <source>test acc.</source>
        <translation>test-nauwk.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <source>as set</source>
        <translation>zoals ingesteld</translation>
    </message>
    <message>
        <source>learning rate × 10</source>
        <translation>leersnelheid × 10</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>The board compares up to {n} runs.</source>
        <translation>Het bord vergelijkt hoogstens {n} runs.</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>run {n}</translation>
    </message>
    <message>
        <source>{what} is running: stop it or let it finish, then start the board.</source>
        <translation>{what} loopt: stop het of laat het afmaken en start dan het bord.</translation>
    </message>
    <message>
        <source>No data to train on: {reason}</source>
        <translation>Geen gegevens om op te trainen: {reason}</translation>
    </message>
    <message>
        <source>Choose a dataset first (the toolbar&apos;s Dataset).</source>
        <translation>Kies eerst een dataset (Dataset, in de werkbalk).</translation>
    </message>
    <message>
        <source>Training run 1…</source>
        <translation>Run 1 trainen…</translation>
    </message>
    <message>
        <source>The experiment board</source>
        <translation>Het experimentenbord</translation>
    </message>
    <message>
        <source>Training run {n}: epoch {epoch}</source>
        <translation>Training van run {n}: epoch {epoch}</translation>
    </message>
    <message>
        <source>Runs done: {n}.</source>
        <translation>Runs klaar: {n}.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Train the runs first.</source>
        <translation>Train eerst de runs.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>Results written to {name}</source>
        <translation>Resultaten geschreven naar {name}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
    <message>
        <source>Fix the problems in the network first.</source>
        <translation>Los eerst de problemen in het netwerk op.</translation>
    </message>
    <message>
        <source>Export an untrained model?</source>
        <translation>Een ongetraind model exporteren?</translation>
    </message>
    <message>
        <source>This network has not been trained: the file will hold its random initial weights. Export anyway?</source>
        <translation>Dit netwerk is niet getraind: het bestand bevat zijn willekeurige begingewichten. Toch exporteren?</translation>
    </message>
    <message>
        <source>Keras model (*.keras)</source>
        <translation>Keras-model (*.keras)</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Saved the model ({source}) as {name}</source>
        <translation>Model ({source}) opgeslagen als {name}</translation>
    </message>
    <message>
        <source>Cannot load weights</source>
        <translation>Gewichten laden lukt niet</translation>
    </message>
    <message>
        <source>Loaded the weights of {name}</source>
        <translation>Gewichten van {name} geladen</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Keras-gewichten (*.weights.h5)</translation>
    </message>
    <message>
        <source>Saved the weights ({source}) as {name}</source>
        <translation>Gewichten ({source}) opgeslagen als {name}</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Kies eerst een dataset in de werkbalk.</translation>
    </message>
    <message>
        <source>Cannot export the script</source>
        <translation>Het script exporteren lukt niet</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python-script (*.py)</translation>
    </message>
    <message>
        <source>Wrote {name}: run it with python {name}</source>
        <translation>{name} geschreven: start het met python {name}</translation>
    </message>
    <message>
        <source>Fix the problems listed below first.</source>
        <translation>Los eerst de problemen hieronder op.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} geëxporteerd</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}: kon niet worden geschreven</translation>
    </message>
    <message>
        <source>Point at a plot, a picture or the network, then press Ctrl+Alt+S</source>
        <translation>Wijs een grafiek, afbeelding of het netwerk aan en druk dan op Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Point at a plot, a picture or the network, then press Ctrl+Shift+C</source>
        <translation>Wijs een grafiek, afbeelding of het netwerk aan en druk dan op Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Figure copied: paste it into your slides</source>
        <translation>Figuur gekopieerd: plak hem in je dia&apos;s</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niets om te exporteren</translation>
    </message>
    <message>
        <source>Train the network first.</source>
        <translation>Train eerst het netwerk.</translation>
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
        <translation>Willekeurig</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Afbeeldingsbestand…</translation>
    </message>
    <message>
        <source>Test example of class</source>
        <translation>Testvoorbeeld van klasse</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>The loss of this one example: training lowers its average over the training set</source>
        <translation>Het verlies van dit ene voorbeeld: het trainen verlaagt het gemiddelde ervan over de trainingsset</translation>
    </message>
    <message>
        <source>Click a unit of a map to see which input pixels it sees.</source>
        <translation>Klik op een eenheid van een kaart om te zien welke invoerpixels ze ziet.</translation>
    </message>
    <message>
        <source>The network takes {network} but {dataset} examples are {data}: choose a matching dataset or fix the input layer.</source>
        <translation>Het netwerk neemt {network} maar voorbeelden van {dataset} zijn {data}: kies een passende dataset of pas de invoerlaag aan.</translation>
    </message>
    <message>
        <source>There are no test examples of this class.</source>
        <translation>Er zijn geen testvoorbeelden van deze klasse.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <extracomment>The recovery file&apos;s note (when it was written, for which file) is a few hundred bytes.</extracomment>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Training settings not used</source>
        <translation>Trainingsinstellingen niet gebruikt</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Openen lukt niet</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geopend</translation>
    </message>
    <message>
        <source>Cannot open yet</source>
        <translation>Nog niet te openen</translation>
    </message>
    <message>
        <source>TensorFlow is still loading; try again in a few seconds.</source>
        <translation>TensorFlow wordt nog geladen; probeer het over een paar seconden opnieuw.</translation>
    </message>
    <message>
        <source>Cannot open this model</source>
        <translation>Dit model openen lukt niet</translation>
    </message>
    <message>
        <source>Opened {name} with its weights; save it as a project to keep edits</source>
        <translation>{name} geopend met zijn gewichten; sla het op als project om wijzigingen te bewaren</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Opslaan lukt niet</translation>
    </message>
    <message>
        <source>{path}: {reason}. Nothing was lost; choose another place.</source>
        <translation>{path}: {reason}. Er is niets verloren; kies een andere plek.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <source>The recovery file could not be read ({reason}); kept as {name}</source>
        <translation>Het herstelbestand kon niet worden gelezen ({reason}); bewaard als {name}</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <source>LayerLab did not close normally. Recover the project you were working on ({when})?</source>
        <translation>LayerLab is niet normaal afgesloten. Het project herstellen waaraan je werkte ({when})?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Herstellen lukt niet</translation>
    </message>
    <message>
        <source>{reason}
The recovery file was kept as {name} in {folder}.</source>
        <translation>{reason}
Het herstelbestand is bewaard als {name} in {folder}.</translation>
    </message>
    <message>
        <source>Recovered unsaved work</source>
        <translation>Niet-opgeslagen werk hersteld</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>one scale for all</source>
        <translation>één schaal voor alle</translation>
    </message>
    <message>
        <source>each filter its own scale</source>
        <translation>elk filter zijn eigen schaal</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Laag:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <source>This network has no weights to show as pictures: the filter viewer shows Conv2D kernels, and Dense layers fed by a flattened image.</source>
        <translation>Dit netwerk heeft geen gewichten om als afbeeldingen te tonen: de filterweergave toont Conv2D-kernels en Dense-lagen die een afgevlakte afbeelding krijgen.</translation>
    </message>
    <message>
        <source>{count} filters × {inputs} input channels (one column per filter, one row per channel), {height}×{width} each</source>
        <translation>{count} filters × {inputs} invoerkanalen (één kolom per filter, één rij per kanaal), elk {height}×{width}</translation>
    </message>
    <message>
        <source>{count} filters</source>
        <translation>{count} filters</translation>
    </message>
    <message>
        <source>{count} units, each unit&apos;s weights laid out like the input image</source>
        <translation>{count} eenheden, de gewichten van elke eenheid geschikt zoals de invoerafbeelding</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: {what}. Hover for values.</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt;: {what}. Beweeg erover voor de waarden.</translation>
    </message>
    <message>
        <source>each filter&apos;s own largest weight</source>
        <translation>het eigen grootste gewicht van elk filter</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2166ac&apos;&gt;■ negative&lt;/span&gt; · white 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;■ positive&lt;/span&gt; (full colour at {scale})</source>
        <translation>&lt;span style=&apos;color:#2166ac&apos;&gt;■ negatief&lt;/span&gt; · wit 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;■ positief&lt;/span&gt; (volle kleur bij {scale})</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Gradient size per layer (now)</source>
        <translation>Gradiëntgrootte per laag (nu)</translation>
    </message>
    <message>
        <source>mean |∂L/∂w|</source>
        <translation>gemiddelde |∂L/∂w|</translation>
    </message>
    <message>
        <source>… over training (first layer light, output dark)</source>
        <translation>… tijdens de training (eerste laag licht, uitvoer donker)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Histograms over epochs of layer</source>
        <translation>Histogrammen over de epochs van laag</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradiënten ∂L/∂w</translation>
    </message>
    <message>
        <source>Train a network with this tab open: each layer&apos;s gradient size is measured four times a second. Try the presets &lt;i&gt;deep-sigmoid&lt;/i&gt; and &lt;i&gt;deep-relu&lt;/i&gt; (File → New from template) on the spirals: the sigmoid stack&apos;s first layers get almost no gradient.</source>
        <translation>Train een netwerk terwijl dit tabblad open is: de gradiëntgrootte van elke laag wordt vier keer per seconde gemeten. Probeer de sjablonen &lt;i&gt;deep-sigmoid&lt;/i&gt; en &lt;i&gt;deep-relu&lt;/i&gt; (Bestand → Nieuw uit sjabloon) op de spiralen: de eerste lagen van de sigmoïde stapel krijgen bijna geen gradiënt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean |∂L/∂w| per layer&lt;/b&gt;, first layer → output, averaged over the last {recent} readings of {examples} training examples (log scale). The output layer&apos;s gradients are &lt;b&gt;{ratio}×&lt;/b&gt; the first layer&apos;s.</source>
        <translation>&lt;b&gt;Gemiddelde |∂L/∂w| per laag&lt;/b&gt;, eerste laag → uitvoer, over de laatste {recent} metingen van {examples} trainingsvoorbeelden (logschaal). De gradiënten van de uitvoerlaag zijn &lt;b&gt;{ratio}×&lt;/b&gt; die van de eerste laag.</translation>
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
        <source>Sequences</source>
        <translation>Reeksen</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Rekengraaf</translation>
    </message>
    <message>
        <source>All views ▾</source>
        <translation>Alle weergaven ▾</translation>
    </message>
    <message>
        <source>All views inside the network</source>
        <translation>Alle weergaven van binnen het netwerk</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <source>Weights: {source}</source>
        <translation>Gewichten: {source}</translation>
    </message>
    <message>
        <source>This view could not be drawn: {error}</source>
        <translation>Deze weergave kon niet getekend worden: {error}</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a class</source>
        <translation>Aan een klas deelnemen</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:8765</source>
        <translation>bv. 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Deelnemen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Klascode</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Classes on this network</source>
        <translation>Klassen op dit netwerk</translation>
    </message>
    <message>
        <source>Looking for classes…</source>
        <translation>Klassen zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) found.</source>
        <translation>
            <numerusform>%n klas gevonden.</numerusform>
            <numerusform>%n klassen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No class found: type the address the teacher shows.</source>
        <translation>Geen klas gevonden: typ het adres dat de docent toont.</translation>
    </message>
    <message>
        <source>Cannot look for classes ({reason}): type the address.</source>
        <translation>Kan geen klassen zoeken ({reason}): typ het adres.</translation>
    </message>
    <message>
        <source>The address is HOST:PORT, e.g. 192.168.1.20:8765.</source>
        <translation>Het adres is HOST:POORT, bv. 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the class code and your name.</source>
        <translation>Typ de klascode en je naam.</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>This network is too big to set every weight by hand, but its convolution kernels can be typed: choose one, type numbers or put in a preset, and see what it finds.</source>
        <translation>Dit netwerk is te groot om elk gewicht met de hand in te stellen, maar de convolutiekernels kun je typen: kies er één, typ getallen of zet er een vooraf ingestelde kernel in, en kijk wat hij vindt.</translation>
    </message>
    <message>
        <source>kernel </source>
        <translation>kernel </translation>
    </message>
    <message>
        <source>input channel </source>
        <translation>invoerkanaal </translation>
    </message>
    <message>
        <source>(put a preset in)</source>
        <translation>(vooraf ingestelde kernel invoegen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The kernel&lt;/b&gt;</source>
        <translation>&lt;b&gt;De kernel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A test image&lt;/b&gt;</source>
        <translation>&lt;b&gt;Een testafbeelding&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its feature map&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zijn kenmerkkaart&lt;/b&gt;</translation>
    </message>
    <message>
        <source>See every layer&apos;s feature maps</source>
        <translation>De kenmerkkaarten van elke laag bekijken</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see a map.</source>
        <translation>Kies een dataset die bij het netwerk past om een kaart te zien.</translation>
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
    <name>LessonList</name>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>your name (for the teacher)</source>
        <translation>je naam (voor de docent)</translation>
    </message>
    <message>
        <source>Open lessons…</source>
        <translation>Lessen openen…</translation>
    </message>
    <message>
        <source>A teacher&apos;s own lesson files: choose their folder</source>
        <translation>De eigen lesbestanden van een docent: kies hun map</translation>
    </message>
    <message>
        <source>Export progress…</source>
        <translation>Voortgang exporteren…</translation>
    </message>
    <message>
        <source>A small file with the steps you passed, for your teacher</source>
        <translation>Een klein bestand met de stappen die je haalde, voor je docent</translation>
    </message>
    <message>
        <source>Progress could not be saved: {reason}</source>
        <translation>De voortgang kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Open a folder of lessons</source>
        <translation>Een map met lessen openen</translation>
    </message>
    <message>
        <source>{source}: id &apos;{id}&apos; is already a shipped lesson</source>
        <translation>{source}: id &apos;{id}&apos; is al een meegeleverde les</translation>
    </message>
    <message>
        <source>{n} lesson(s) added from {folder}</source>
        <translation>Lessen toegevoegd uit {folder}: {n}</translation>
    </message>
    <message>
        <source>; {n} could not be used (marked ⚠)</source>
        <translation>; {n} niet bruikbaar (gemarkeerd met ⚠)</translation>
    </message>
    <message>
        <source>Progress (*.json)</source>
        <translation>Voortgang (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>Progress written to {path}</source>
        <translation>Voortgang geschreven naar {path}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>**Your task:** {task}</source>
        <translation>**Je opdracht:** {task}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Volgende les ▶</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Klaar ✓</translation>
    </message>
    <message>
        <source>Predict, then run ▶</source>
        <translation>Voorspel, start dan ▶</translation>
    </message>
    <message>
        <source>the check could not be made: {error}</source>
        <translation>de controle kon niet worden gedaan: {error}</translation>
    </message>
    <message>
        <source> — look at {where}</source>
        <translation> — kijk bij {where}</translation>
    </message>
    <message>
        <source>make your prediction first</source>
        <translation>doe eerst je voorspelling</translation>
    </message>
    <message>
        <source>You predicted {value}. Training… the result comes here.</source>
        <translation>Je voorspelde {value}. Training… het resultaat verschijnt hier.</translation>
    </message>
    <message>
        <source>the run did not start (is another one running?); press the button again</source>
        <translation>de training is niet gestart (loopt er al een?); druk nog eens op de knop</translation>
    </message>
    <message>
        <source>Lesson finished: {done} of {total} steps passed.</source>
        <translation>Les klaar: {done} van de {total} stappen gehaald.</translation>
    </message>
    <message>
        <source>Next lesson: {title} (Next lesson ▶).</source>
        <translation>Volgende les: {title} (Volgende les ▶).</translation>
    </message>
    <message>
        <source>Make your prediction, then press Predict, then run.</source>
        <translation>Doe je voorspelling en druk dan op ‘Voorspel, start dan’.</translation>
    </message>
    <message>
        <source>Training with the solution&apos;s settings… press Check when it ends.</source>
        <translation>Training met de instellingen van de oplossing… druk op Controleren als het klaar is.</translation>
    </message>
    <message>
        <source>This is one solution. Press Check.</source>
        <translation>Dit is één oplossing. Druk op Controleren.</translation>
    </message>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Kies hierboven een les (dubbelklik of Enter).</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Stap {n} van {total}</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ gehaald</translation>
    </message>
    <message>
        <source>Progress could not be saved: {reason}</source>
        <translation>De voortgang kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Check ✓</source>
        <translation>Controleren ✓</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one number; type digits with {point} or . as the decimal separator, e.g. -1{point}5</source>
        <translation>&apos;{text}&apos; is niet één getal; typ cijfers met {point} of . als decimaalteken, bijv. -1{point}5</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>{answer} is not it: {hint}</source>
        <extracomment>Run metrics a prediction can be set against (those of the ``run`` check).</extracomment>
        <translation>{answer} is het niet: {hint}</translation>
    </message>
    <message>
        <source>{answer} is not it: {off} too high.</source>
        <translation>{answer} is het niet: {off} te hoog.</translation>
    </message>
    <message>
        <source>{answer} is not it: {off} too low.</source>
        <translation>{answer} is het niet: {off} te laag.</translation>
    </message>
    <message>
        <source>Look again at {what}.</source>
        <translation>Kijk nog eens naar {what}.</translation>
    </message>
    <message>
        <source>Look again at the numbers.</source>
        <translation>Kijk nog eens naar de getallen.</translation>
    </message>
    <message>
        <source>answer the question first</source>
        <translation>beantwoord eerst de vraag</translation>
    </message>
    <message>
        <source>✓ {answer} is right</source>
        <translation>✓ {answer} is goed</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not it: {hint}</source>
        <translation>&apos;{answer}&apos; is het niet: {hint}</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not it; think again</source>
        <translation>&apos;{answer}&apos; is het niet; denk nog eens na</translation>
    </message>
    <message>
        <source>make your prediction first</source>
        <translation>doe eerst je voorspelling</translation>
    </message>
    <message>
        <source>choose one of the answers</source>
        <translation>kies een van de antwoorden</translation>
    </message>
    <message>
        <source>Run first: your prediction is noted.</source>
        <translation>Start eerst: je voorspelling is genoteerd.</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;: that is what happened</source>
        <translation>Je voorspelde &apos;{answer}&apos;: dat is wat er gebeurde</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;; what happened: &apos;{result}&apos;</source>
        <translation>Je voorspelde &apos;{answer}&apos;; wat er gebeurde: &apos;{result}&apos;</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;; compare it with the run</source>
        <translation>Je voorspelde &apos;{answer}&apos;; vergelijk het met de run</translation>
    </message>
    <message>
        <source>({measure}: {value})</source>
        <translation>({measure}: {value})</translation>
    </message>
    <message>
        <source>the run has no {measure}</source>
        <translation>de run heeft geen {measure}</translation>
    </message>
    <message>
        <source>You predicted {answer}; the run gave {value}: close</source>
        <translation>Je voorspelde {answer}; de run gaf {value}: dichtbij</translation>
    </message>
    <message>
        <source>You predicted {answer}; the run gave {value} (off by {off})</source>
        <translation>Je voorspelde {answer}; de run gaf {value} (verschil {off})</translation>
    </message>
    <message>
        <source>{what} is {value}; it should be {want}</source>
        <extracomment>Checks one ``all`` may combine: a step asks for a handful of things, never dozens. Kinds that read the student&apos;s answer box; one step has one box.</extracomment>
        <translation>{what} is {value}; het zou {want} moeten zijn</translation>
    </message>
    <message>
        <source>{what} is {value}; it should reach {want}</source>
        <translation>{what} is {value}; het zou {want} moeten halen</translation>
    </message>
    <message>
        <source>{what} is {value}; it should be at most {want}</source>
        <translation>{what} is {value}; het zou hoogstens {want} moeten zijn</translation>
    </message>
    <message>
        <source>✓ {what} is {value}</source>
        <translation>✓ {what} is {value}</translation>
    </message>
    <message>
        <source>the network has a problem: {problem}</source>
        <translation>het netwerk heeft een probleem: {problem}</translation>
    </message>
    <message>
        <source>✓ the network checks out</source>
        <translation>✓ het netwerk klopt</translation>
    </message>
    <message>
        <source>{layer}&apos;s parameter count</source>
        <translation>het aantal parameters van {layer}</translation>
    </message>
    <message>
        <source>the parameter count</source>
        <translation>het aantal parameters</translation>
    </message>
    <message>
        <source>✓ {layer} gives {shape}</source>
        <translation>✓ {layer} geeft {shape}</translation>
    </message>
    <message>
        <source>unknown (fix the problems first)</source>
        <translation>onbekend (los eerst de problemen op)</translation>
    </message>
    <message>
        <source>{layer} gives {got}; it should give {want}</source>
        <translation>{layer} geeft {got}; het zou {want} moeten geven</translation>
    </message>
    <message>
        <source>there is no valid layer &apos;{layer}&apos;</source>
        <translation>er is geen geldige laag &apos;{layer}&apos;</translation>
    </message>
    <message>
        <source>✓ {layer}.{param} is {value}</source>
        <translation>✓ {layer}.{param} is {value}</translation>
    </message>
    <message>
        <source>{layer}.{param} is {value}; it should be {want}</source>
        <translation>{layer}.{param} is {value}; het zou {want} moeten zijn</translation>
    </message>
    <message>
        <source>the network has {have} {kind} layer(s){place}; it needs at least {need}</source>
        <translation>het netwerk heeft {have} {kind}-la(a)g(en){place}; het heeft er minstens {need} nodig</translation>
    </message>
    <message>
        <source>✓ {have} {kind} layer(s){place}</source>
        <translation>✓ {have} {kind}-la(a)g(en){place}</translation>
    </message>
    <message>
        <source>early stopping is off; turn it on</source>
        <translation>vroeg stoppen staat uit; zet het aan</translation>
    </message>
    <message>
        <source>there is no training setting &apos;{name}&apos;</source>
        <translation>er is geen traininginstelling &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{name} is {value}; it should be {want}</source>
        <translation>{name} is {value}; het zou {want} moeten zijn</translation>
    </message>
    <message>
        <source>✓ {name} is {value}</source>
        <translation>✓ {name} is {value}</translation>
    </message>
    <message>
        <source>{right} of {total} rows right; wrong for {wrong}</source>
        <translation>{right} van {total} rijen goed; fout voor {wrong}</translation>
    </message>
    <message>
        <source>✓ all {total} rows right</source>
        <translation>✓ alle {total} rijen goed</translation>
    </message>
    <message>
        <source>the dataset has no examples to check against</source>
        <translation>de dataset heeft geen voorbeelden om mee te controleren</translation>
    </message>
    <message>
        <source>the accuracy</source>
        <translation>de nauwkeurigheid</translation>
    </message>
    <message>
        <source>train first: there is no run yet</source>
        <translation>train eerst: er is nog geen run</translation>
    </message>
    <message>
        <source>the run ended with &apos;{got}&apos;, not &apos;{want}&apos;</source>
        <translation>de run eindigde met &apos;{got}&apos;, niet &apos;{want}&apos;</translation>
    </message>
    <message>
        <source>✓ the run ended with &apos;{reason}&apos;</source>
        <translation>✓ de run eindigde met &apos;{reason}&apos;</translation>
    </message>
    <message>
        <source>the run has no {metric}</source>
        <translation>de run heeft geen {metric}</translation>
    </message>
    <message>
        <source>after {layer}</source>
        <translation>na {layer}</translation>
    </message>
    <message>
        <source>before {layer}</source>
        <translation>voor {layer}</translation>
    </message>
    <message>
        <source>there is no layer &apos;{layer}&apos;</source>
        <translation>er is geen laag &apos;{layer}&apos;</translation>
    </message>
    <message>
        <source>there is no {what} layer{place}</source>
        <translation>er is geen {what}-laag{place}</translation>
    </message>
    <message>
        <source>Weights by hand</source>
        <extracomment>The panels a verdict can name (``Place.panel``).</extracomment>
        <translation>Gewichten met de hand</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training → Start</source>
        <translation>Training → Starten</translation>
    </message>
    <message>
        <source>Training, or Weights by hand</source>
        <translation>Training, of Gewichten met de hand</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>the answer box</source>
        <translation>het antwoordvak</translation>
    </message>
    <message>
        <source>the network canvas</source>
        <translation>het netwerkcanvas</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>de gegevens</translation>
    </message>
    <message>
        <source>the status bar</source>
        <translation>de statusbalk</translation>
    </message>
    <message>
        <source>Properties of {layer}</source>
        <translation>Eigenschappen van {layer}</translation>
    </message>
    <message>
        <source>Properties of {layer} → {param}</source>
        <translation>Eigenschappen van {layer} → {param}</translation>
    </message>
    <message>
        <source>Training → {setting}</source>
        <translation>Training → {setting}</translation>
    </message>
    <message>
        <source>the palette → {kind}</source>
        <translation>het palet → {kind}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not a number</source>
        <translation>&apos;{answer}&apos; is geen getal</translation>
    </message>
</context>
<context>
    <name>LoopBridge</name>
    <message>
        <source>the class hub is not running</source>
        <translation>de klasserver draait niet</translation>
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
        <source>Training… the network cannot be edited until it stops</source>
        <translation>Training… het netwerk kan niet worden bewerkt tot het stopt</translation>
    </message>
    <message>
        <source>Settings not used: {keys} (point here for why).</source>
        <translation>Niet gebruikte instellingen: {keys} (wijs hier aan voor de reden).</translation>
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
    <name>MaximizationView</name>
    <message>
        <source>all units of the layer</source>
        <translation>alle eenheden van de laag</translation>
    </message>
    <message>
        <source>Find the pattern</source>
        <translation>Het patroon zoeken</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <source>The {n} test images that excite this unit most</source>
        <translation>De {n} testafbeeldingen die deze eenheid het sterkst activeren</translation>
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
        <source>Se&amp;quences</source>
        <translation>Ree&amp;ksen</translation>
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
    <name>MetricPlot</name>
    <message>
        <source>epoch</source>
        <extracomment>Epoch points drawn with markers: past this many they blur into the line, and pyqtgraph rebuilds every marker at each redraw (a 1,000-epoch toy run spent most of its GUI time there).</extracomment>
        <translation>epoch</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>run {n}</translation>
    </message>
    <message>
        <source>{title} — run {n}</source>
        <translation>{title} — run {n}</translation>
    </message>
    <message>
        <source>run {n}: {label}</source>
        <translation>run {n}: {label}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validatie</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>{label}: {value} (epoch {epoch})</source>
        <translation>{label}: {value} (epoch {epoch})</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>The whole network: click or drag to go there</source>
        <translation>Het hele netwerk: klik of sleep om erheen te gaan</translation>
    </message>
</context>
<context>
    <name>ModelState</name>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow wordt nog geladen…</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar.</source>
        <translation>Kies een dataset in de werkbalk.</translation>
    </message>
    <message>
        <source>The project&apos;s trained model could not be read: {error}</source>
        <translation>Het getrainde model van het project kon niet gelezen worden: {error}</translation>
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
        <translation>Netwerk van {name} (alleen lezen)</translation>
    </message>
    <message>
        <source>This network cannot be shown: {problem}</source>
        <translation>Dit netwerk kan niet getoond worden: {problem}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{value} is outside the range: type a number from {low} to {high}.</source>
        <extracomment>the frame of a refused number, drawn over the field (a style sheet would freeze the field&apos;s font at the size it had when marked: presentation mode&apos;s larger text never reached it)</extracomment>
        <translation>{value} valt buiten het bereik: typ een getal van {low} tot {high}.</translation>
    </message>
    <message>
        <source>{value} is too small: type a number from {low} on.</source>
        <translation>{value} is te klein: typ een getal vanaf {low}.</translation>
    </message>
    <message>
        <source>{value} is too large: type a number up to {high}.</source>
        <translation>{value} is te groot: typ een getal tot {high}.</translation>
    </message>
    <message>
        <source>The value stays {value}.</source>
        <translation>De waarde blijft {value}.</translation>
    </message>
</context>
<context>
    <name>NumberGrid</name>
    <message>
        <source>padding: a zero added around the input</source>
        <translation>padding: een nul rond de invoer toegevoegd</translation>
    </message>
    <message>
        <source>the cell keeps {value}</source>
        <translation>de cel houdt {value}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Type a number, for example {example}.</source>
        <translation>Typ een getal, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is too long for a number ({count} characters; at most {limit}).</source>
        <translation>&apos;{start}…&apos; is te lang voor een getal ({count} tekens; hoogstens {limit}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large for a number; numbers go up to about 1.8e308.</source>
        <translation>&apos;{text}&apos; is te groot voor een getal; getallen gaan tot ongeveer 1.8e308.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one sign. Write at most one minus in front, for example {example}.</source>
        <translation>&apos;{text}&apos; heeft meer dan één teken. Zet hoogstens één min ervoor, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one number here: &apos;{char}&apos; cannot separate groups of digits. Write the digits together (1000 for a thousand) and {points} for the decimals (1{point}5).</source>
        <translation>‘{text}’ is hier niet één getal: ‘{char}’ kan geen groepen cijfers scheiden. Schrijf de cijfers aaneen (1000 voor duizend) en {points} voor de decimalen (1{point}5).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one decimal point. A number has one, written {points}, for example {example}.</source>
        <translation>‘{text}’ heeft meer dan één decimaalteken. Een getal heeft er één, geschreven als {points}, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Write digits with at most one decimal point ({points}) and an optional minus in front, for example {example} or 2e-3.</source>
        <translation>‘{text}’ is geen getal. Schrijf cijfers met hoogstens één decimaalteken ({points}) en eventueel een min ervoor, bijvoorbeeld {example} of 2e-3.</translation>
    </message>
    <message>
        <source>&apos;{point}&apos; or &apos;.&apos;</source>
        <translation>‘{point}’ of ‘.’</translation>
    </message>
</context>
<context>
    <name>OwnDataDialog</name>
    <message>
        <source>Image folder (one subfolder per class)</source>
        <translation>Map met afbeeldingen (één submap per klasse)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV-tabel (.csv)</translation>
    </message>
    <message>
        <source>IDX files (a folder, MNIST format)</source>
        <translation>IDX-bestanden (een map, MNIST-formaat)</translation>
    </message>
    <message>
        <source>NumPy arrays (.npz, Keras style)</source>
        <translation>NumPy-arrays (.npz, Keras-stijl)</translation>
    </message>
    <message>
        <source>Your own data</source>
        <extracomment>the tasks a CSV table can be read as (the loader&apos;s words are the data)</extracomment>
        <translation>Je eigen gegevens</translation>
    </message>
    <message>
        <source>choose a file or folder…</source>
        <translation>kies een bestand of map…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classificatie</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regressie</translation>
    </message>
    <message>
        <source>scale each feature to mean 0, spread 1</source>
        <translation>elk kenmerk schalen naar gemiddelde 0 en spreiding 1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Choose your data, then Preview.</source>
        <translation>Kies je gegevens en dan Voorbeeld.</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>Deze gegevens gebruiken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Doelkolom</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <source>Choose a file or folder first.</source>
        <translation>Kies eerst een bestand of map.</translation>
    </message>
    <message>
        <source>{name} looks like {kind}, not {wanted}: choose that kind, or another file.</source>
        <translation>{name} lijkt op: {kind}, niet op: {wanted}; kies die soort of een ander bestand.</translation>
    </message>
    <message>
        <source>{name} cannot be used:
{reason}</source>
        <translation>{name} is niet bruikbaar:
{reason}</translation>
    </message>
    <message>
        <source>of shape {shape}</source>
        <translation>met vorm {shape}</translation>
    </message>
    <message>
        <source>with 1 feature</source>
        <translation>met 1 kenmerk</translation>
    </message>
    <message>
        <source>with {n} features</source>
        <translation>met {n} kenmerken</translation>
    </message>
    <message>
        <source>{title}: {train} training and {test} test examples {what}, {task}.</source>
        <translation>{title}: {train} trainings- en {test} testvoorbeelden {what}, {task}.</translation>
    </message>
    <message>
        <source>Classes: {list}</source>
        <translation>Klassen: {list}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Let op: {note}</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <source>give one row of inputs per 0/1 label</source>
        <translation>geef één rij invoer per label 0/1</translation>
    </message>
    <message>
        <source>the perceptron rule needs labels 0 and 1</source>
        <translation>de perceptronregel heeft labels 0 en 1 nodig</translation>
    </message>
    <message>
        <source>the learning rate must be positive, got {lr}</source>
        <translation>de leersnelheid moet positief zijn, gekregen: {lr}</translation>
    </message>
    <message>
        <source>epochs must be from 1 to {limit}</source>
        <translation>het aantal epochs ligt tussen 1 en {limit}</translation>
    </message>
    <message>
        <source>{need} weights are needed, got {got}</source>
        <translation>er zijn {need} gewichten nodig, gekregen: {got}</translation>
    </message>
    <message>
        <source>converged in epoch {epoch}: every example is on the right side of the line</source>
        <translation>geconvergeerd in epoch {epoch}: elk voorbeeld ligt aan de goede kant van de lijn</translation>
    </message>
    <message>
        <source>after epoch {epoch} the weights are back where they were before: the rule will cycle for ever. No line separates these classes (not linearly separable)</source>
        <translation>na epoch {epoch} staan de gewichten weer waar ze eerder stonden: de regel blijft eeuwig rondgaan. Geen lijn scheidt deze klassen (niet lineair scheidbaar)</translation>
    </message>
    <message>
        <source>still making mistakes after {epochs} epochs</source>
        <translation>nog steeds fouten na {epochs} epochs</translation>
    </message>
    <message>
        <source>the perceptron rule trains one layer of one unit; this network has none</source>
        <translation>de perceptronregel traint één laag van één eenheid; dit netwerk heeft geen lagen</translation>
    </message>
    <message>
        <source>the perceptron rule trains one layer of one unit; this network has {kinds}</source>
        <translation>de perceptronregel traint één laag van één eenheid; dit netwerk heeft {kinds}</translation>
    </message>
    <message>
        <source>the perceptron rule trains one unit; layer &apos;{layer}&apos; has {units}</source>
        <translation>de perceptronregel traint één eenheid; laag ‘{layer}’ heeft er {units}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; uses {activation}; the perceptron rule is for a step unit (or sigmoid, whose line w·x + b = 0 is the same)</source>
        <translation>laag ‘{layer}’ gebruikt {activation}; de perceptronregel is voor een drempeleenheid (of sigmoïde, met dezelfde lijn w·x + b = 0)</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — right, nothing changes</source>
        <translation>epoch {epoch}, voorbeeld {example}: x = ({x}), y = {y}, h(x) = {h} — goed, er verandert niets</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — wrong: {changes} → w = ({weights}), b = {bias}</source>
        <translation>epoch {epoch}, voorbeeld {example}: x = ({x}), y = {y}, h(x) = {h} — fout: {changes} → w = ({weights}), b = {bias}</translation>
    </message>
</context>
<context>
    <name>PerceptronView</name>
    <message>
        <source>all zeros</source>
        <translation>allemaal nul</translation>
    </message>
    <message>
        <source>the network&apos;s weights</source>
        <translation>de gewichten van het netwerk</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Show the next example to the perceptron and apply the rule</source>
        <translation>Het volgende voorbeeld aan de perceptron tonen en de regel toepassen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>Tot het einde</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>start from</source>
        <translation>begin bij</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>hoogstens</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>&lt;b&gt;The perceptron rule&lt;/b&gt;: h(x) = step(w·x + b); after each example w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + α·(y − h(x))·x&lt;sub&gt;i&lt;/sub&gt; and b ← b + α·(y − h(x)).</source>
        <translation>&lt;b&gt;De perceptronregel&lt;/b&gt;: h(x) = stap(w·x + b); na elk voorbeeld w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + α·(y − h(x))·x&lt;sub&gt;i&lt;/sub&gt; en b ← b + α·(y − h(x)).</translation>
    </message>
    <message>
        <source>{reason}. Open the Perceptron (AND) network (File → New from template) and a logic-gate dataset.</source>
        <translation>{reason}. Open het netwerk Perceptron (EN) (Bestand → Nieuw uit sjabloon) en een dataset met logische poorten.</translation>
    </message>
    <message>
        <source>Choose a dataset: a logic gate (AND, OR, XOR…) or another 2-class 2-D set.</source>
        <translation>Kies een dataset: een logische poort (AND, OR, XOR…) of een andere 2D-set met 2 klassen.</translation>
    </message>
    <message>
        <source>{title} does not have the classes 0 and 1 the perceptron rule needs; choose a logic gate (AND, OR, XOR…).</source>
        <translation>{title} heeft niet de klassen 0 en 1 die de perceptronregel nodig heeft; kies een logische poort (AND, OR, XOR…).</translation>
    </message>
    <message>
        <source>… (the first {n} updates are listed)</source>
        <translation>… (de eerste {n} updates staan hier)</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {n}: x = ({x}), y = {y}, h(x) = {h}</source>
        <translation>epoch {epoch}, voorbeeld {n}: x = ({x}), y = {y}, h(x) = {h}</translation>
    </message>
    <message>
        <source> — right, nothing changes</source>
        <translation> — goed, er verandert niets</translation>
    </message>
    <message>
        <source> — wrong: {changes} → w = ({weights}), b = {b}</source>
        <translation> — fout: {changes} → w = ({weights}), b = {b}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {n} mistake(s) so far</source>
        <translation>Epoch {epoch}: fouten tot nu toe: {n}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Step shows the perceptron one example; Play goes on by itself.</source>
        <translation>Stap toont de perceptron één voorbeeld; Afspelen gaat vanzelf door.</translation>
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
    <message>
        <source>LSTM digit reader</source>
        <translation>LSTM-cijferlezer</translation>
    </message>
    <message>
        <source>Sine forecaster (SimpleRNN)</source>
        <translation>Sinusvoorspeller (SimpleRNN)</translation>
    </message>
    <message>
        <source>Small Vision Transformer</source>
        <translation>Kleine Vision Transformer</translation>
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
        <extracomment>The layer names Keras builds and TensorFlow&apos;s compiled graphs accept (its scope names are ASCII letters, digits and &apos;_.-/&gt;&apos;; Keras refuses &apos;/&apos;, and &apos;&gt;&apos; is scope syntax). &apos;-&apos; and &apos;.&apos; may come first: Keras builds, compiles and saves such layers.</extracomment>
        <translation>id &apos;{id}&apos; bevat tekens die Keras niet toestaat in laagnamen</translation>
    </message>
    <message>
        <source>use only letters A–Z and a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>gebruik alleen de letters A–Z en a–z, cijfers, &apos;_&apos;, &apos;-&apos; en &apos;.&apos;</translation>
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
    <message>
        <source>{layer} needs a sequence input (time steps, features); got {shape}</source>
        <extracomment>Weight blocks per kind of cell: one for a simple RNN, four gates for an LSTM (input, forget, cell, output), three for a GRU (update, reset, candidate).</extracomment>
        <translation>{layer} heeft een reeks als invoer nodig (tijdstappen, kenmerken); kreeg {shape}</translation>
    </message>
    <message>
        <source>no nonlinearity between this layer and Dense &apos;{next}&apos;: without one, consecutive layers collapse into one linear map (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)), so the extra layer adds parameters but can learn nothing one layer could not</source>
        <extracomment>Layers a linear map passes through and stays linear (Dropout scales, Flatten and Reshape move values, an Activation layer set to linear does nothing, BatchNormalization is affine once trained): a Dense on either side of them still collapses with the other.</extracomment>
        <translation>geen niet-lineariteit tussen deze laag en Dense &apos;{next}&apos;: zonder zo&apos;n functie vallen opeenvolgende lagen samen tot één lineaire afbeelding (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)), dus de extra laag voegt parameters toe maar kan niets leren wat één laag niet kan</translation>
    </message>
    <message>
        <source>choose an activation for it such as relu, tanh or sigmoid</source>
        <translation>kies er een activatie voor zoals relu, tanh of sigmoid</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>the training settings of &apos;{name}&apos;</source>
        <translation>de trainingsinstellingen van ‘{name}’</translation>
    </message>
    <message>
        <source>{problem}. The usual settings are used instead.</source>
        <translation>{problem}. In plaats daarvan worden de gewone instellingen gebruikt.</translation>
    </message>
</context>
<context>
    <name>ProjectState</name>
    <message>
        <source>Input shape for {dataset}</source>
        <translation>Invoervorm voor {dataset}</translation>
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
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>{layers} layer · {params} parameters ({trainable} trainable, {frozen} not)</source>
        <translation>{layers} laag · {params} parameters ({trainable} trainbaar, {frozen} niet)</translation>
    </message>
    <message>
        <source>{layers} layers · {params} parameters ({trainable} trainable, {frozen} not)</source>
        <translation>{layers} lagen · {params} parameters ({trainable} trainbaar, {frozen} niet)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>({n} not trained)</source>
        <translation>({n} niet getraind)</translation>
    </message>
    <message>
        <source>The formula with this layer&apos;s numbers shows once you have answered.</source>
        <translation>De formule met de getallen van deze laag verschijnt zodra je hebt geantwoord.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Train a network to see its test results here.</source>
        <translation>Train een netwerk om hier de testresultaten te zien.</translation>
    </message>
    <message>
        <source>Rows: true class · columns: predicted class · click a cell to see those test examples</source>
        <translation>Rijen: echte klasse · kolommen: voorspelde klasse · klik op een cel om die testvoorbeelden te zien</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <source>No test evaluation for this run.</source>
        <translation>Geen testevaluatie voor deze run.</translation>
    </message>
    <message>
        <source>Test accuracy {percent} %</source>
        <translation>Testnauwkeurigheid {percent} %</translation>
    </message>
    <message>
        <source>test loss {value}</source>
        <translation>testverlies {value}</translation>
    </message>
    <message>
        <source>test {metric} {value}</source>
        <translation>test-{metric} {value}</translation>
    </message>
    <message>
        <source>The test results show once you have made your prediction.</source>
        <translation>De testresultaten verschijnen zodra je je voorspelling hebt gedaan.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>nauwkeurigheid</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count}</source>
        <translation>echt {true}, voorspeld {predicted}: {count}</translation>
    </message>
    <message>
        <source>test example {index}: true {true}, predicted {predicted} with {percent} %</source>
        <translation>testvoorbeeld {index}: echt {true}, voorspeld {predicted} met {percent} %</translation>
    </message>
    <message>
        <source>Most confident mistakes ({n} shown)</source>
        <translation>Zekerste fouten ({n} getoond)</translation>
    </message>
    <message>
        <source>No mistakes on the test set</source>
        <translation>Geen fouten op de testset</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n} test examples</source>
        <translation>Echt {true}, voorspeld {predicted}: {n} testvoorbeelden</translation>
    </message>
    <message>
        <source>(first {n})</source>
        <translation>(eerste {n})</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlies</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Nauwkeurigheid</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>The student&apos;s name</source>
        <translation>De naam van de leerling</translation>
    </message>
    <message>
        <source>Connected to the class now</source>
        <translation>Nu verbonden met de klas</translation>
    </message>
    <message>
        <source>The lesson they are on</source>
        <translation>De les waar hij of zij mee bezig is</translation>
    </message>
    <message>
        <source>The step of the lesson they are on</source>
        <translation>De stap van de les waar hij of zij mee bezig is</translation>
    </message>
    <message>
        <source>The checks of their step: ✓ passed, ✗ failed</source>
        <translation>De controles van de stap: ✓ geslaagd, ✗ niet geslaagd</translation>
    </message>
    <message>
        <source>The loss curve of their latest run</source>
        <translation>De verlieskromme van de laatste training</translation>
    </message>
    <message>
        <source>Test accuracy of their latest run</source>
        <translation>De testnauwkeurigheid van de laatste training</translation>
    </message>
    <message>
        <source>Parameters of their network</source>
        <translation>De parameters van het netwerk</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>one batch</source>
        <translation>één batch</translation>
    </message>
    <message>
        <source>one epoch</source>
        <translation>één epoch</translation>
    </message>
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
        <source>Train exactly one batch (or one epoch) and pause, so every view shows the result: gradient descent one step at a time.</source>
        <translation>Train precies één batch (of één epoch) en pauzeer, zodat elke weergave het resultaat toont: gradiëntafdaling stap voor stap.</translation>
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
        <source>Same start as an earlier run: its initial weights, its seed (data split and shuffling) — so the new run differs only in the settings you changed.</source>
        <translation>Dezelfde start als een eerdere run: zijn begingewichten, zijn seed (opsplitsing en schudden van de gegevens) — zodat de nieuwe run alleen verschilt in de instellingen die je veranderde.</translation>
    </message>
    <message>
        <source>Resume  (F6)</source>
        <translation>Hervatten  (F6)</translation>
    </message>
    <message>
        <source>Step  (F10) · {n} queued</source>
        <translation>Eén stap  (F10) · {n} in de wachtrij</translation>
    </message>
    <message>
        <source>Stepping…  (F10)</source>
        <translation>Bezig met stap…  (F10)</translation>
    </message>
    <message>
        <source>new random weights</source>
        <translation>nieuwe willekeurige gewichten</translation>
    </message>
    <message>
        <source>same start as run {n}</source>
        <translation>dezelfde start als run {n}</translation>
    </message>
    <message>
        <source>Run {n}: {label}, seed {seed}</source>
        <translation>Run {n}: {label}, seed {seed}</translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>eerdere run</translation>
    </message>
</context>
<context>
    <name>SaliencyView</name>
    <message>
        <source>a test example</source>
        <translation>een testvoorbeeld</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>de tekening</translation>
    </message>
    <message>
        <source>an image file…</source>
        <translation>een afbeeldingsbestand…</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>class</source>
        <translation>klasse</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>warmte</translation>
    </message>
    <message>
        <source>The drawing is {drawing}; this network takes {shape} inputs. Explain a test example or an image file, or the drawing with a network for 28×28 digits (e.g. LeNet-5).</source>
        <translation>De tekening is {drawing}; dit netwerk neemt invoer van {shape}. Verklaar een testvoorbeeld of een afbeeldingsbestand, of de tekening met een netwerk voor cijfers van 28×28 (bijv. LeNet-5).</translation>
    </message>
    <message>
        <source>Choose an image dataset that fits the network, or draw a digit.</source>
        <translation>Kies een afbeeldingsdataset die bij het netwerk past, of teken een cijfer.</translation>
    </message>
</context>
<context>
    <name>SandboxControls</name>
    <message>
        <source>A test image (downscaled)</source>
        <translation>Een testafbeelding (verkleind)</translation>
    </message>
    <message>
        <source>The drawing (downscaled)</source>
        <translation>De tekening (verkleind)</translation>
    </message>
    <message>
        <source>Which test image</source>
        <translation>Welke testafbeelding</translation>
    </message>
    <message>
        <source>Downscale the image to this many rows and columns</source>
        <translation>De afbeelding verkleinen tot zoveel rijen en kolommen</translation>
    </message>
    <message>
        <source>Paste numbers</source>
        <translation>Getallen plakken</translation>
    </message>
    <message>
        <source>Rows on lines or separated by &quot;;&quot;, numbers by spaces, tabs or commas</source>
        <translation>Rijen op eigen regels of gescheiden door &quot;;&quot;, getallen door spaties, tabs of komma&apos;s</translation>
    </message>
    <message>
        <source>(choose a kernel)</source>
        <translation>(kies een kernel)</translation>
    </message>
    <message>
        <source>More kernels give more output maps (channels)</source>
        <translation>Meer kernels geven meer uitvoerkaarten (kanalen)</translation>
    </message>
    <message>
        <source>valid: no zeros; same: enough zeros to keep the size; n rings</source>
        <translation>valid: geen nullen; same: genoeg nullen om de grootte te houden; n ringen</translation>
    </message>
    <message>
        <source>no pooling</source>
        <translation>geen pooling</translation>
    </message>
    <message>
        <source>= size</source>
        <translation>= grootte</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <source>image</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <source>size</source>
        <translation>grootte</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolommen</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>kernels</source>
        <translation>kernels</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>padding</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>stapgrootte</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>pooling</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>poolinggrootte</translation>
    </message>
    <message>
        <source>pool stride</source>
        <translation>pooling-stapgrootte</translation>
    </message>
    <message>
        <source>choose an image dataset (e.g. MNIST) to use its test images</source>
        <translation>kies een dataset met afbeeldingen (bijv. MNIST) om de testafbeeldingen te gebruiken</translation>
    </message>
    <message>
        <source>draw a digit first (View → Draw a digit), then pick it here</source>
        <translation>teken eerst een cijfer (Beeld → Teken een cijfer) en kies het dan hier</translation>
    </message>
</context>
<context>
    <name>SequenceView</name>
    <message>
        <source>input gate (0 dark … 1 light)</source>
        <extracomment>each gate&apos;s picture title as one phrase to translate (&quot;porte d&apos;entrée&quot;, not &quot;porte input&quot;)</extracomment>
        <translation>invoerpoort (0 donker … 1 licht)</translation>
    </message>
    <message>
        <source>forget gate (0 dark … 1 light)</source>
        <translation>vergeetpoort (0 donker … 1 licht)</translation>
    </message>
    <message>
        <source>output gate (0 dark … 1 light)</source>
        <translation>uitvoerpoort (0 donker … 1 licht)</translation>
    </message>
    <message>
        <source>update gate (0 dark … 1 light)</source>
        <translation>bijwerkpoort (0 donker … 1 licht)</translation>
    </message>
    <message>
        <source>reset gate (0 dark … 1 light)</source>
        <translation>resetpoort (0 donker … 1 licht)</translation>
    </message>
    <message>
        <source>candidate (−1 … +1)</source>
        <translation>kandidaat (−1 … +1)</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Laag:</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>Tijdstap:</translation>
    </message>
    <message>
        <source>This view shows networks that read sequences: add a SimpleRNN, LSTM, GRU or MultiHeadAttention layer, or open a preset (File → New from template: LSTM digit reader, Small Vision Transformer).</source>
        <translation>Deze weergave toont netwerken die reeksen lezen: voeg een SimpleRNN-, LSTM-, GRU- of MultiHeadAttention-laag toe, of open een sjabloon (Bestand → Nieuw uit sjabloon: LSTM-cijferlezer, Kleine Vision Transformer).</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network&apos;s input.</source>
        <translation>Kies een dataset die bij de invoer van het netwerk past.</translation>
    </message>
    <message>
        <source>a test example</source>
        <translation>een testvoorbeeld</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>de tekening</translation>
    </message>
    <message>
        <source>Test example number</source>
        <translation>Nummer van het testvoorbeeld</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Invoer:</translation>
    </message>
    <message>
        <source>Draw a digit (View → Draw a digit): it is read as you draw.</source>
        <translation>Teken een cijfer (Beeld → Teken een cijfer): het wordt gelezen terwijl je tekent.</translation>
    </message>
    <message>
        <source>The drawing has {size} pixels; this network reads {shape}. Choose a test example, or a network for 28×28 digits (the LSTM digit reader).</source>
        <translation>De tekening heeft {size} pixels; dit netwerk leest {shape}. Kies een testvoorbeeld, of een netwerk voor cijfers van 28×28 (de LSTM-cijferlezer).</translation>
    </message>
    <message>
        <source>Input: {steps} steps (down) × {features} values</source>
        <translation>Invoer: {steps} stappen (omlaag) × {features} waarden</translation>
    </message>
    <message>
        <source>State h after each step: {units} units (−1 blue … +1 red)</source>
        <translation>Toestand h na elke stap: {units} eenheden (−1 blauw … +1 rood)</translation>
    </message>
    <message>
        <source>{gate} gate (0 dark … 1 light)</source>
        <translation>{gate}-poort (0 donker … 1 licht)</translation>
    </message>
    <message>
        <source>{gate} (−1 … +1)</source>
        <translation>{gate} (−1 … +1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;, step {t} of {steps}: the state&apos;s strongest unit is {unit} ({value}). The same weights W and U are used at every step.</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt;, stap {t} van {steps}: de sterkste eenheid van de toestand is {unit} ({value}). Bij elke stap worden dezelfde gewichten W en U gebruikt.</translation>
    </message>
    <message>
        <source>On average the forget gate keeps {share} of the memory.</source>
        <translation>Gemiddeld houdt de vergeetpoort {share} van het geheugen vast.</translation>
    </message>
    <message>
        <source>Head {head}: rows look at columns</source>
        <translation>Head {head}: rijen kijken naar kolommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: {heads} heads; each row is one token (a patch) and how much it takes from every other token (each row sums to 1).</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt;: {heads} heads; elke rij is één token (een patch) en hoeveel het van elk ander token neemt (elke rij telt op tot 1).</translation>
    </message>
    <message>
        <source>Rollout: where the answer comes from</source>
        <translation>Rollout: waar het antwoord vandaan komt</translation>
    </message>
    <message>
        <source>The rollout follows attention through every block back to the {count} patches.</source>
        <translation>De rollout volgt de attention door elk blok terug naar de {count} patches.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the optimizer</source>
        <translation>de optimalisator</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>de leersnelheid</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>het momentum</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>het Nesterov-momentum</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>de batchgrootte</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>het aantal epochs</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>het verlies</translation>
    </message>
    <message>
        <source>the validation share</source>
        <translation>het validatiedeel</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>vroeg stoppen</translation>
    </message>
    <message>
        <source>keeping the best weights</source>
        <translation>het bewaren van de beste gewichten</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>de seed</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>het apparaat</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>de beginwaarden van de gewichten</translation>
    </message>
    <message>
        <source>the test accuracy</source>
        <translation>de testnauwkeurigheid</translation>
    </message>
    <message>
        <source>the test loss</source>
        <translation>het testverlies</translation>
    </message>
    <message>
        <source>the training loss</source>
        <translation>het trainingsverlies</translation>
    </message>
    <message>
        <source>the training accuracy</source>
        <translation>de trainingsnauwkeurigheid</translation>
    </message>
    <message>
        <source>the validation accuracy</source>
        <translation>de validatienauwkeurigheid</translation>
    </message>
    <message>
        <source>the validation loss</source>
        <translation>het validatieverlies</translation>
    </message>
    <message>
        <source>the rise of the validation loss above its lowest</source>
        <translation>de stijging van het validatieverlies boven zijn laagste punt</translation>
    </message>
    <message>
        <source>the gap between validation and training loss</source>
        <translation>het verschil tussen validatie- en trainingsverlies</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source> px right</source>
        <translation> px naar rechts</translation>
    </message>
    <message>
        <source>Shift the input</source>
        <translation>De invoer verschuiven</translation>
    </message>
    <message>
        <source>Move the input by</source>
        <translation>De invoer verschuiven met</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>Uitvoer van de convolutie</translation>
    </message>
    <message>
        <source>Pooled output</source>
        <translation>Uitvoer na pooling</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ervoor</translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation>Verschoven</translation>
    </message>
    <message>
        <source>Shift the input to compare the outputs.</source>
        <translation>Verschuif de invoer om de uitvoer te vergelijken.</translation>
    </message>
    <message>
        <source>Fix the settings first: the sandbox shows what is wrong.</source>
        <translation>Herstel eerst de instellingen: de zandbak toont wat er mis is.</translation>
    </message>
</context>
<context>
    <name>StartClassPanel</name>
    <message>
        <source>Start a class</source>
        <translation>Een klas starten</translation>
    </message>
    <message>
        <source>My class</source>
        <translation>Mijn klas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>The network the students&apos; machines are on. 127.0.0.1: this machine only. Use it on a school network you trust: nothing is encrypted.</source>
        <translation>Het netwerk waarop de computers van de leerlingen zitten. 127.0.0.1: alleen deze computer. Gebruik het op een schoolnetwerk dat je vertrouwt: niets is versleuteld.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>elke vrije poort</translation>
    </message>
    <message>
        <source>Start the class</source>
        <translation>De klas starten</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Naam van de klas</translation>
    </message>
    <message>
        <source>Class folder</source>
        <translation>Map van de klas</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Netwerkadres</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for the class.</source>
        <translation>{path} is een bestand; kies een map voor de klas.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>The class could not start: {reason}</source>
        <translation>De klas kon niet starten: {reason}</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Klascode</translation>
    </message>
    <message>
        <source>In LayerLab: File → Class → Join, or this address</source>
        <translation>In LayerLab: Bestand → Klas → Deelnemen, of dit adres</translation>
    </message>
    <message>
        <source>Phones and tablets: scan the code, then type the class code</source>
        <translation>Telefoons en tablets: scan de code en typ dan de klascode</translation>
    </message>
    <message>
        <source>Open the class dashboard</source>
        <translation>Het klasoverzicht openen</translation>
    </message>
    <message>
        <source>End the class</source>
        <translation>De klas beëindigen</translation>
    </message>
    <message>
        <source>QR code of the phone page: {url}</source>
        <translation>QR-code van de telefoonpagina: {url}</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Kies hierboven een les (dubbelklik of Enter).</translation>
    </message>
    <message>
        <source>(EN)</source>
        <translation>(EN)</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>je antwoord</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Check ✓</source>
        <translation>Controleren ✓</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Laat zien</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Terug</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Les verlaten</translation>
    </message>
    <message>
        <source>Not translated yet, shown in the lesson&apos;s own language: {fields}</source>
        <translation>Nog niet vertaald, getoond in de eigen taal van de les: {fields}</translation>
    </message>
</context>
<context>
    <name>StudentLink</name>
    <message>
        <source>The teacher sees: your name, your lesson progress and your runs&apos; scores.</source>
        <translation>De docent ziet: je naam, je voortgang in de lessen en de scores van je trainingen.</translation>
    </message>
    <message>
        <source>Class {name}: connected</source>
        <translation>Klas {name}: verbonden</translation>
    </message>
    <message>
        <source>Class: not joined — {reason}</source>
        <translation>Klas: niet deelgenomen — {reason}</translation>
    </message>
    <message>
        <source>Class: offline, working on (reconnecting)</source>
        <translation>Klas: offline, het werk gaat door (opnieuw verbinden)</translation>
    </message>
    <message>
        <source>{count} hand-ins wait for the hub</source>
        <translation>{count} inleveringen wachten op de klasserver</translation>
    </message>
    <message>
        <source>Join a class first (File → Class → Join).</source>
        <translation>Neem eerst deel aan een klas (Bestand → Klas → Deelnemen).</translation>
    </message>
    <message>
        <source>From the teacher: {text}</source>
        <translation>Van de docent: {text}</translation>
    </message>
    <message>
        <source>The class refused: {reason}</source>
        <translation>De klas weigerde: {reason}</translation>
    </message>
    <message>
        <source>Handed in: the hub has it.</source>
        <translation>Ingeleverd: de klasserver heeft het.</translation>
    </message>
    <message>
        <source>Your challenge model scored {accuracy} % on the hub&apos;s test data.</source>
        <translation>Je model voor de uitdaging haalde {accuracy} % op de testgegevens van de klasserver.</translation>
    </message>
    <message>
        <source>The class hub said: {reason}</source>
        <translation>De klasserver zei: {reason}</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s lesson “{title}”? Your work is saved first.</source>
        <translation>De les ‘{title}’ van de docent openen? Je werk wordt eerst bewaard.</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s project “{title}”? Your work is saved first.</source>
        <translation>Het project ‘{title}’ van de docent openen? Je werk wordt eerst bewaard.</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s network “{title}”? Your work is saved first.</source>
        <translation>Het netwerk ‘{title}’ van de docent openen? Je werk wordt eerst bewaard.</translation>
    </message>
    <message>
        <source>The teacher sent something</source>
        <translation>De docent heeft iets gestuurd</translation>
    </message>
    <message>
        <source>Kept your work; the teacher&apos;s push was not opened.</source>
        <translation>Je werk is bewaard; wat de docent stuurde is niet geopend.</translation>
    </message>
    <message>
        <source>Not opened: your work could not be saved first.</source>
        <translation>Niet geopend: je werk kon niet eerst bewaard worden.</translation>
    </message>
    <message>
        <source>Not opened: {reason}</source>
        <translation>Niet geopend: {reason}</translation>
    </message>
    <message>
        <source>Not opened: the lesson pushed is not readable.</source>
        <translation>Niet geopend: de gestuurde les is niet leesbaar.</translation>
    </message>
    <message>
        <source>Not opened: this LayerLab has no lesson “{id}”.</source>
        <translation>Niet geopend: deze LayerLab heeft geen les ‘{id}’.</translation>
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
        <source>{what} is running: stop it or let it finish first.</source>
        <translation>{what} loopt: stop het eerst of laat het afmaken.</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Kies eerst een dataset in de werkbalk.</translation>
    </message>
    <message>
        <source>The network has problems (see the Problems list); fix them before training.</source>
        <translation>Het netwerk heeft problemen (zie de lijst Problemen); los ze op voor de training.</translation>
    </message>
    <message>
        <source>No hand-set weights yet: set them in the Weights tab, or choose other initial weights.</source>
        <translation>Nog geen met de hand ingestelde gewichten: stel ze in op het tabblad Gewichten, of kies andere beginwaarden.</translation>
    </message>
    <message>
        <source>Run {n} did not keep its starting weights (only the latest runs do): choose new random weights or a later run.</source>
        <translation>Run {n} heeft zijn startgewichten niet bewaard (alleen de laatste runs doen dat): kies nieuwe willekeurige gewichten of een latere run.</translation>
    </message>
    <message>
        <source>A run is going: Start (F5) waits until it stops (Stop: Shift+F5).</source>
        <translation>Er loopt een run: Starten (F5) wacht tot die stopt (Stoppen: Shift+F5).</translation>
    </message>
    <message>
        <source>loading the dataset and TensorFlow…</source>
        <translation>dataset en TensorFlow worden geladen…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>epoch {epoch} / {epochs}</source>
        <translation>epoch {epoch} / {epochs}</translation>
    </message>
    <message>
        <source>Training {params} parameters on {device}: {train} train / {val} validation examples, {steps} steps per epoch.</source>
        <translation>Training van {params} parameters op {device}: {train} trainings- / {val} validatievoorbeelden, {steps} stappen per epoch.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}. Resume with F6, or Step (F10) for {unit}.</source>
        <translation>Gepauzeerd bij epoch {epoch}. Ga verder met F6, of Stap (F10) voor {unit}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Hervat.</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Geheugen vol</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training mislukt</translation>
    </message>
    <message>
        <source>epoch {epoch} / {epochs} · batch {batch} / {steps}</source>
        <translation>epoch {epoch} / {epochs} · batch {batch} / {steps}</translation>
    </message>
    <message>
        <source>{rate} samples/s · about {time} left</source>
        <translation>{rate} voorbeelden/s · nog ongeveer {time}</translation>
    </message>
    <message>
        <source>Training stopped: {reason}.</source>
        <translation>Training gestopt: {reason}.</translation>
    </message>
    <message>
        <source>Stopped: the weights trained so far are kept.</source>
        <translation>Gestopt: de tot nu toe geleerde gewichten blijven bewaard.</translation>
    </message>
    <message>
        <source>done · {n} epoch(s)</source>
        <translation>klaar · {n} epoch(s)</translation>
    </message>
    <message>
        <source>Finished in {time}.</source>
        <translation>Klaar in {time}.</translation>
    </message>
    <message>
        <source>stopped at epoch {epoch}</source>
        <translation>gestopt bij epoch {epoch}</translation>
    </message>
    <message>
        <source>Stopped after {time}.</source>
        <translation>Gestopt na {time}.</translation>
    </message>
    <message>
        <source>No test evaluation (the run was cut short).</source>
        <translation>Geen testevaluatie (de run is afgebroken).</translation>
    </message>
    <message>
        <source>Run {n} on {dataset}.</source>
        <translation>Run {n} op {dataset}.</translation>
    </message>
    <message>
        <source>its dataset</source>
        <translation>de dataset ervan</translation>
    </message>
    <message>
        <source>The last run was on {then}; train to see results on {now}.</source>
        <translation>De laatste run was op {then}; train om resultaten op {now} te zien.</translation>
    </message>
    <message>
        <source>The network changed since it was trained: the trained weights no longer match it. Train again to update them.</source>
        <translation>Het netwerk is veranderd sinds het getraind is: de geleerde gewichten passen er niet meer bij. Train opnieuw om ze bij te werken.</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>Verlies</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Nauwkeurigheid</translation>
    </message>
    <message>
        <source>log scale (loss)</source>
        <translation>logschaal (verlies)</translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation>Eerdere runs wissen</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>random (Keras default)</source>
        <translation>willekeurig (Keras-standaard)</translation>
    </message>
    <message>
        <source>all zeros</source>
        <translation>allemaal nul</translation>
    </message>
    <message>
        <source>as set by hand</source>
        <translation>zoals met de hand ingesteld</translation>
    </message>
    <message>
        <source>Step size of gradient descent. Too large: the loss jumps or becomes NaN; too small: slow.</source>
        <translation>Stapgrootte van gradiëntafdaling. Te groot: het verlies springt of wordt NaN; te klein: traag.</translation>
    </message>
    <message>
        <source>Constant: every step uses the learning rate. Cosine to 0: the rate falls along half a cosine wave to zero at the last step: big steps at first, small ones to settle into the minimum at the end.</source>
        <translation>Constant: elke stap gebruikt de leersnelheid. Cosinus naar 0: de snelheid daalt langs een halve cosinusgolf tot nul bij de laatste stap: eerst grote stappen, aan het eind kleine om in het minimum te landen.</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>1: stochastic gradient descent · N: mini-batch · full batch: batch gradient descent</source>
        <translation>1: stochastische gradiëntafdaling · N: mini-batch · volledige batch: batch-gradiëntafdaling</translation>
    </message>
    <message>
        <source>Share of the training data kept aside to validate on, from 0 to 0.9</source>
        <translation>Deel van de trainingsgegevens dat apart wordt gehouden om op te valideren, van 0 tot 0.9</translation>
    </message>
    <message>
        <source>stop after</source>
        <translation>stoppen na</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> epochs zonder vooruitgang</translation>
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
        <source>Where training starts. All zeros: every unit of a layer gets the same gradient and stays identical, so a hidden layer acts like one unit. As set by hand: the numbers in the Weights tab.</source>
        <translation>Waar de training begint. Allemaal nul: elke eenheid van een laag krijgt dezelfde gradiënt en blijft gelijk, dus een verborgen laag gedraagt zich als één eenheid. Met de hand ingesteld: de getallen op het tabblad Gewichten.</translation>
    </message>
    <message>
        <source>write logs</source>
        <translation>logs schrijven</translation>
    </message>
    <message>
        <source>Write TensorBoard event files (loss, metrics, weight histograms each epoch); view them with: tensorboard --logdir FOLDER</source>
        <translation>TensorBoard-gebeurtenisbestanden schrijven (verlies, metrieken, gewichtshistogrammen per epoch); bekijk ze met: tensorboard --logdir MAP</translation>
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
        <source>More settings</source>
        <translation>Meer instellingen</translation>
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
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>cosine to 0</source>
        <translation>cosinus naar 0</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source> epoch without progress</source>
        <translation> epoch zonder vooruitgang</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>Map voor TensorBoard-logs</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>weight</source>
        <translation>gewicht</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>All zero</source>
        <translation>Alles nul</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Willekeurig</translation>
    </message>
    <message>
        <source>Type a value (-1.5 or -1,5) or scroll over it. To train on from these numbers, choose &lt;i&gt;Initial weights: as set by hand&lt;/i&gt; in the Training tab.</source>
        <translation>Typ een waarde (-1.5 of -1,5) of scrol erover. Om vanaf deze getallen verder te trainen kies je &lt;i&gt;Begingewichten: met de hand ingesteld&lt;/i&gt; op het tabblad Training.</translation>
    </message>
    <message>
        <source>{reason}. Hand-set weights are for small dense networks, like the perceptron (logic gates) and the XOR network.</source>
        <translation>{reason}. Gewichten met de hand zijn bedoeld voor kleine dense netwerken, zoals de perceptron (logische poorten) en het XOR-netwerk.</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see outputs.</source>
        <translation>Kies een dataset die bij het netwerk past om uitvoer te zien.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uitvoer</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>voorspeld</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the network&apos;s output for every row of the truth table</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: de uitvoer van het netwerk voor elke rij van de waarheidstabel</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the network&apos;s output for the first {n} test examples</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: de uitvoer van het netwerk voor de eerste {n} testvoorbeelden</translation>
    </message>
    <message>
        <source>{right} of {n} right — solved!</source>
        <translation>{right} van {n} goed — opgelost!</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <translation>{right} van {n} goed</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>untrained: {note}</source>
        <translation>niet getraind: {note}</translation>
    </message>
    <message>
        <source>random initial weights</source>
        <translation>willekeurige beginwaarden</translation>
    </message>
    <message>
        <source>training: {note}</source>
        <translation>in training: {note}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>in training</translation>
    </message>
    <message>
        <source>trained ({note})</source>
        <translation>getraind ({note})</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>getraind</translation>
    </message>
    <message>
        <source>set by hand ({note})</source>
        <translation>met de hand ingesteld ({note})</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>met de hand ingesteld</translation>
    </message>
    <message>
        <source>from {note}</source>
        <translation>uit {note}</translation>
    </message>
    <message>
        <source>from a file</source>
        <translation>uit een bestand</translation>
    </message>
    <message>
        <source>the network has errors, fix them first: {problem}</source>
        <translation>het netwerk heeft fouten, verbeter die eerst: {problem}</translation>
    </message>
    <message>
        <source>{total} weights are too many to set by hand (at most {limit}); use a smaller network, e.g. the perceptron or XOR presets</source>
        <translation>{total} gewichten zijn te veel om met de hand in te stellen (hoogstens {limit}); neem een kleiner netwerk, bv. de voorbeelden Perceptron of XOR</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is {type}: hand-set weights work for Dense layers only</source>
        <translation>laag ‘{layer}’ is {type}: gewichten met de hand werken alleen voor Dense-lagen</translation>
    </message>
    <message>
        <source>{layer}: bias {unit}</source>
        <translation>{layer}: bias {unit}</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {size} × {channels} channels</source>
        <translation>{layer}: {n} kernels van {size} × {channels} kanalen</translation>
    </message>
    <message>
        <source>{layer}: 1 kernel of {size}</source>
        <translation>{layer}: 1 kernel van {size}</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {size}</source>
        <translation>{layer}: {n} kernels van {size}</translation>
    </message>
    <message>
        <source>a {kernel} kernel does not fit this layer&apos;s {size} kernels</source>
        <translation>een kernel van {kernel} past niet in de kernels van {size} van deze laag</translation>
    </message>
    <message>
        <source>{layer}&apos;s kernels are {size}, not {given}</source>
        <translation>de kernels van {layer} zijn {size}, niet {given}</translation>
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
        <source>Class</source>
        <translation>Klas</translation>
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
<context>
    <name>engine</name>
    <message>
        <source>compiled without XLA (the run ended before XLA was ready and measured)</source>
        <extracomment>How long the end of a run waits for XLA&apos;s background compilation (none: a Stop or the last epoch is answered at once; the process waits for it on exit).</extracomment>
        <translation>gecompileerd zonder XLA (de training was klaar voordat XLA gereed en gemeten was)</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>step {number}</source>
        <translation>stap {number}</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>= pool size</source>
        <translation>= poolinggrootte</translation>
    </message>
</context>
<context>
    <name>xlachoice</name>
    <message>
        <source>the XLA choice cache {path} was ignored ({problem}); the next choice replaces it</source>
        <translation>de cache van de XLA-keuze {path} is genegeerd ({problem}); de volgende keuze vervangt hem</translation>
    </message>
    <message>
        <source>XLA turned off</source>
        <translation>XLA uitgeschakeld</translation>
    </message>
    <message>
        <source>remembered {x}x faster here</source>
        <translation>onthouden: hier {x} keer sneller</translation>
    </message>
    <message>
        <source>remembered about as fast here</source>
        <translation>onthouden: hier ongeveer even snel</translation>
    </message>
    <message>
        <source>remembered: XLA was {x}x slower here</source>
        <translation>onthouden: XLA was hier {x} keer trager</translation>
    </message>
    <message>
        <source>convolutions on a CPU: XLA not tried</source>
        <translation>convoluties op een CPU: XLA niet geprobeerd</translation>
    </message>
    <message>
        <source>a short run: XLA would take longer to compile than to help</source>
        <extracomment>XLA&apos;s compilation takes 1-5 s of processor time on a classroom machine, and only pays back over a run that lasts several times that: a run whose plain steps end sooner skips it. Background compilations still running. A run does not wait for its own (a Stop is answered at once); the process waits for them as it exits, since TensorFlow aborts when its compiler is torn down under a running compilation. 2: each step&apos;s batch is cut in halves that run side by side (``splitstep``) The training steps the whole run will take (set by the loop; None: unknown). A run whose plain steps end sooner than ``XLA_PAYBACK_SECONDS`` never compiles XLA.</extracomment>
        <translation>een korte training: XLA zou langer doen over compileren dan het oplevert</translation>
    </message>
</context>
</TS>
