<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Accessibility</name>
    <message>
        <source>Network canvas: arrow keys move between layers</source>
        <translation>Canevas du réseau : les flèches passent d&apos;une couche à l&apos;autre</translation>
    </message>
    <message>
        <source>Layer catalog</source>
        <translation>Catalogue des couches</translation>
    </message>
    <message>
        <source>Test examples the network got wrong or right</source>
        <translation>Exemples de test que le réseau a ratés ou réussis</translation>
    </message>
    <message>
        <source>Views inside the network</source>
        <translation>Vues de l&apos;intérieur du réseau</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Graphe de calcul</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>Fonction de perte</translation>
    </message>
    <message>
        <source>Weights and their gradients</source>
        <translation>Poids et leurs gradients</translation>
    </message>
    <message>
        <source>Network with its forward and backward values</source>
        <translation>Réseau avec ses valeurs avant et arrière</translation>
    </message>
    <message>
        <source>Convolution layer</source>
        <translation>Couche de convolution</translation>
    </message>
    <message>
        <source>Kernel preset</source>
        <translation>Noyau prédéfini</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>Poids du noyau</translation>
    </message>
    <message>
        <source>Weights and biases</source>
        <translation>Poids et biais</translation>
    </message>
    <message>
        <source>Truth table</source>
        <translation>Table de vérité</translation>
    </message>
    <message>
        <source>Convolution studies</source>
        <translation>Études de la convolution</translation>
    </message>
    <message>
        <source>The products that make the current output</source>
        <translation>Les produits qui donnent la sortie courante</translation>
    </message>
    <message>
        <source>Results of the compared runs</source>
        <translation>Résultats des entraînements comparés</translation>
    </message>
    <message>
        <source>Decision boundary over the plane</source>
        <translation>Frontière de décision sur le plan</translation>
    </message>
    <message>
        <source>Embedding method</source>
        <translation>Méthode de plongement</translation>
    </message>
    <message>
        <source>About the selected layer</source>
        <translation>À propos de la couche sélectionnée</translation>
    </message>
    <message>
        <source>Problems of the network</source>
        <translation>Problèmes du réseau</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>Étape de la leçon</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
</context>
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>Mark where this layer&apos;s units are for a test example</source>
        <translation>Marquer où sont les neurones de cette couche pour un exemple de test</translation>
    </message>
    <message>
        <source>&lt;b&gt;Softmax&lt;/b&gt; of a vector z (type numbers):</source>
        <translation>&lt;b&gt;Softmax&lt;/b&gt; d&apos;un vecteur z (tapez des nombres) :</translation>
    </message>
    <message>
        <source>Type numbers separated by spaces, e.g. 2 1 0.1</source>
        <translation>Tapez des nombres séparés par des espaces, par ex. 2 1 0.1</translation>
    </message>
    <message>
        <source>Type between 1 and 20 numbers.</source>
        <translation>Tapez entre 1 et 20 nombres.</translation>
    </message>
</context>
<context>
    <name>BackpropView</name>
    <message>
        <source>Which training example goes through the network</source>
        <translation>Quel exemple d&apos;entraînement traverse le réseau</translation>
    </message>
    <message>
        <source>The example&apos;s inputs; type your own numbers, space separated</source>
        <translation>Les entrées de l&apos;exemple ; tapez vos nombres, séparés par des espaces</translation>
    </message>
    <message>
        <source>The target: one value per output, or a class number</source>
        <translation>La cible : une valeur par sortie, ou un numéro de classe</translation>
    </message>
    <message>
        <source>α, the learning rate of the update (the Training settings&apos; rate)</source>
        <translation>α, le taux d&apos;apprentissage de la mise à jour (celui des réglages d&apos;entraînement)</translation>
    </message>
    <message>
        <source>|◀ Start</source>
        <translation>|◀ Début</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Apply update to the network</source>
        <translation>Appliquer la mise à jour au réseau</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next ▶ runs the example forward, then finds the loss.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Suivant ▶ fait passer l&apos;exemple vers l&apos;avant, puis calcule la perte.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>output {shape} · {n} parameters</source>
        <translation>sortie {shape} · {n} paramètres</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or press Enter to add it after the selected layer.</source>
        <translation>Glissez-la sur le canevas, ou appuyez sur Entrée pour l&apos;ajouter après la couche sélectionnée.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>A convolution slides small learned kernels over the image. Each kernel looks at a small window through all input channels and produces one feature map, so the same weights detect the same pattern (an edge, a curve) anywhere in the image. Padding &apos;same&apos; keeps the size; a stride above 1 skips positions and shrinks the output.</source>
        <translation>Une convolution fait glisser de petits noyaux appris sur l&apos;image. Chaque noyau regarde une petite fenêtre à travers tous les canaux d&apos;entrée et produit une carte de caractéristiques : les mêmes poids détectent le même motif (un bord, une courbe) partout dans l&apos;image. Le remplissage &apos;same&apos; garde la taille ; un pas supérieur à 1 saute des positions et réduit la sortie.</translation>
    </message>
    <message>
        <source>output size = ⌊(n + 2p − f)/s⌋ + 1</source>
        <translation>taille de sortie = ⌊(n + 2p − f)/s⌋ + 1</translation>
    </message>
    <message>
        <source>parameters = (f·f·c_in + 1)·c_out</source>
        <translation>paramètres = (f·f·c_entrée + 1)·c_sortie</translation>
    </message>
    <message>
        <source>A transposed convolution (sometimes called deconvolution) goes the other way: each input value stamps a copy of the kernel, scaled by the value, onto a larger output, the stamps stride apart and added where they overlap. With stride 2 it doubles the height and width: the learned &apos;unpooling&apos; of a U-Net&apos;s decoder.</source>
        <translation>Une convolution transposée (parfois appelée déconvolution) va dans l&apos;autre sens : chaque valeur d&apos;entrée imprime une copie du noyau, multipliée par la valeur, sur une sortie plus grande ; les empreintes sont espacées du pas et s&apos;additionnent là où elles se chevauchent. Avec un pas de 2, elle double la hauteur et la largeur : le « dépooling » appris du décodeur d&apos;un U-Net.</translation>
    </message>
    <message>
        <source>output size = n·s + max(f − s, 0)  (&apos;same&apos;: n·s)</source>
        <translation>taille de sortie = n·s + max(f − s, 0)  (&apos;same&apos; : n·s)</translation>
    </message>
    <message>
        <source>A depthwise convolution gives every input channel its own kernel and does not mix channels: 32 channels in, 32 maps out (times the depth multiplier). It needs far fewer weights than a Conv2D, which also sums over all input channels.</source>
        <translation>Une convolution en profondeur donne à chaque canal d&apos;entrée son propre noyau et ne mélange pas les canaux : 32 canaux en entrée, 32 cartes en sortie (fois le multiplicateur de profondeur). Elle demande bien moins de poids qu&apos;une Conv2D, qui somme aussi sur tous les canaux d&apos;entrée.</translation>
    </message>
    <message>
        <source>output channels = c_in·multiplier</source>
        <translation>canaux de sortie = c_entrée·multiplicateur</translation>
    </message>
    <message>
        <source>parameters = (f·f + 1)·c_in·multiplier</source>
        <translation>paramètres = (f·f + 1)·c_entrée·multiplicateur</translation>
    </message>
    <message>
        <source>A separable convolution splits a Conv2D in two: a depthwise step (one spatial kernel per channel) and a 1×1 convolution that mixes the channels. Nearly the same power for a fraction of the weights; Xception and MobileNet are built from it.</source>
        <translation>Une convolution séparable coupe une Conv2D en deux : une étape en profondeur (un noyau spatial par canal) et une convolution 1×1 qui mélange les canaux. Presque la même puissance pour une fraction des poids ; Xception et MobileNet en sont faits.</translation>
    </message>
    <message>
        <source>parameters = f·f·c_in·m + c_in·m·c_out + c_out</source>
        <translation>paramètres = f·f·c_entrée·m + c_entrée·m·c_sortie + c_sortie</translation>
    </message>
    <message>
        <source>A fully connected layer: every output neuron computes a weighted sum of all its inputs plus a bias, then applies the activation. A single Dense unit with a step or sigmoid activation is the perceptron; stacking Dense layers with non-linear activations gives a multi-layer perceptron that can learn XOR.</source>
        <translation>Une couche entièrement connectée : chaque neurone de sortie calcule une somme pondérée de toutes ses entrées plus un biais, puis applique l&apos;activation. Une seule unité Dense avec une activation en escalier ou sigmoïde est le perceptron ; empiler des couches Dense avec des activations non linéaires donne un perceptron multicouche capable d&apos;apprendre le XOR.</translation>
    </message>
    <message>
        <source>output = activation(x·W + b)</source>
        <translation>sortie = activation(x·W + b)</translation>
    </message>
    <message>
        <source>parameters = n_in·n_out + n_out</source>
        <translation>paramètres = n_entrée·n_sortie + n_sortie</translation>
    </message>
    <message>
        <source>Flatten unrolls a block of values into one long vector, e.g. 5×5×16 feature maps into 400 numbers, so Dense layers can follow. It changes the shape, not the values.</source>
        <translation>Flatten déroule un bloc de valeurs en un long vecteur, par ex. des cartes 5×5×16 en 400 nombres, pour que des couches Dense puissent suivre. Elle change la forme, pas les valeurs.</translation>
    </message>
    <message>
        <source>output = (h·w·c,)</source>
        <translation>sortie = (h·w·c,)</translation>
    </message>
    <message>
        <source>parameters = 0</source>
        <translation>paramètres = 0</translation>
    </message>
    <message>
        <source>Reshape rearranges the same values into a new shape, e.g. a 784-vector into a 28×28×1 image. The number of values must stay the same.</source>
        <translation>Reshape réarrange les mêmes valeurs dans une nouvelle forme, par ex. un vecteur de 784 en une image 28×28×1. Le nombre de valeurs doit rester le même.</translation>
    </message>
    <message>
        <source>product of the new sizes = product of the old</source>
        <translation>produit des nouvelles tailles = produit des anciennes</translation>
    </message>
    <message>
        <source>Applies a non-linear function to every value separately. Without non-linearities, any stack of layers is just one linear map. relu is the usual choice inside networks, sigmoid for one yes/no output, softmax to turn scores into class probabilities.</source>
        <translation>Applique une fonction non linéaire à chaque valeur séparément. Sans non-linéarités, toute pile de couches n&apos;est qu&apos;une seule application linéaire. relu est le choix habituel à l&apos;intérieur des réseaux, sigmoid pour une sortie oui/non, softmax pour transformer des scores en probabilités de classes.</translation>
    </message>
    <message>
        <source>y = f(x), element by element</source>
        <translation>y = f(x), élément par élément</translation>
    </message>
    <message>
        <source>ReLU that keeps a small slope for negative inputs, so a unit whose input is negative still gets a gradient and cannot &apos;die&apos;. The slope is yours to choose.</source>
        <translation>Une ReLU qui garde une petite pente pour les entrées négatives : un neurone dont l&apos;entrée est négative reçoit encore un gradient et ne peut pas « mourir ». La pente est à vous de choisir.</translation>
    </message>
    <message>
        <source>y = x if x &gt; 0, else slope · x</source>
        <translation>y = x si x &gt; 0, sinon pente · x</translation>
    </message>
    <message>
        <source>y&apos; = 1 if x &gt; 0, else slope</source>
        <translation>y&apos; = 1 si x &gt; 0, sinon pente</translation>
    </message>
    <message>
        <source>Exponential linear unit: x for positive inputs, a smooth curve α(eˣ − 1) down to −α for negative ones. Its outputs average closer to zero than ReLU&apos;s.</source>
        <translation>Unité linéaire exponentielle : x pour les entrées positives, une courbe douce α(eˣ − 1) qui descend jusqu&apos;à −α pour les négatives. Ses sorties sont en moyenne plus proches de zéro que celles de ReLU.</translation>
    </message>
    <message>
        <source>y = x if x &gt; 0, else α(eˣ − 1)</source>
        <translation>y = x si x &gt; 0, sinon α(eˣ − 1)</translation>
    </message>
    <message>
        <source>y&apos; = 1 if x &gt; 0, else α·eˣ</source>
        <translation>y&apos; = 1 si x &gt; 0, sinon α·eˣ</translation>
    </message>
    <message>
        <source>A layer from an imported Keras file that LayerLab&apos;s catalog does not offer. LayerLab shows the output shape and parameter count Keras computed for it and lets Keras rebuild it from its own configuration, but cannot explain or edit it; its shape is only known for the input it was imported with.</source>
        <translation>Une couche d&apos;un fichier Keras importé que le catalogue de LayerLab ne propose pas. LayerLab montre la forme de sortie et le nombre de paramètres calculés par Keras et laisse Keras la reconstruire à partir de sa propre configuration, mais ne peut ni l&apos;expliquer ni la modifier ; sa forme n&apos;est connue que pour l&apos;entrée avec laquelle elle a été importée.</translation>
    </message>
    <message>
        <source>as Keras computes it (imported)</source>
        <translation>comme Keras le calcule (importé)</translation>
    </message>
    <message>
        <source>Adds its inputs element by element. This is the skip connection of ResNet: a block learns only a correction F(x) to its input, y = x + F(x), which lets very deep networks train. All inputs must have the same shape.</source>
        <translation>Additionne ses entrées élément par élément. C&apos;est la connexion résiduelle de ResNet : un bloc n&apos;apprend qu&apos;une correction F(x) de son entrée, y = x + F(x), ce qui permet d&apos;entraîner des réseaux très profonds. Toutes les entrées doivent avoir la même forme.</translation>
    </message>
    <message>
        <source>y = x₁ + x₂ + …</source>
        <translation>y = x₁ + x₂ + … (élément par élément)</translation>
    </message>
    <message>
        <source>Joins its inputs side by side along one axis, usually the channels: the Inception block runs 1×1, 3×3 and 5×5 convolutions in parallel and concatenates their maps.</source>
        <translation>Met ses entrées côte à côte le long d&apos;un axe, en général les canaux : le bloc Inception fait des convolutions 1×1, 3×3 et 5×5 en parallèle et concatène leurs cartes.</translation>
    </message>
    <message>
        <source>channels out = c₁ + c₂ + …</source>
        <translation>canaux en sortie = c₁ + c₂ + …</translation>
    </message>
    <message>
        <source>y = max(x₁, x₂, …), element by element</source>
        <translation>y = max(x₁, x₂, …), élément par élément</translation>
    </message>
    <message>
        <source>Keeps, at each position, the largest of its inputs. Two or more Dense branches of the same size joined by Maximum form a maxout unit: a learned piecewise-linear activation (ReLU is the maxout of x and 0).</source>
        <translation>Garde, à chaque position, la plus grande de ses entrées. Deux branches Dense ou plus de même taille réunies par Maximum forment une unité maxout : une activation linéaire par morceaux apprise (ReLU est le maxout de x et 0).</translation>
    </message>
    <message>
        <source>y = min(x₁, x₂, …), element by element</source>
        <translation>y = min(x₁, x₂, …), élément par élément</translation>
    </message>
    <message>
        <source>Keeps, at each position, the smallest of its inputs, the mirror image of Maximum: with a constant branch it caps values from above. All inputs must have the same shape, and nothing is learned.</source>
        <translation>Garde, à chaque position, la plus petite de ses entrées, l&apos;image miroir de Maximum : avec une branche constante, elle plafonne les valeurs. Toutes les entrées doivent avoir la même forme, et rien n&apos;est appris.</translation>
    </message>
    <message>
        <source>y = x₁ · x₂ · …, element by element</source>
        <translation>y = x₁ · x₂ · …, élément par élément</translation>
    </message>
    <message>
        <source>Multiplies its inputs position by position: a gate, where one branch (often a sigmoid between 0 and 1) decides how much of the other passes. Inputs must have the same shape.</source>
        <translation>Multiplie ses entrées position par position : une porte, où une branche (souvent une sigmoïde entre 0 et 1) décide combien de l&apos;autre passe. Les entrées doivent avoir la même forme.</translation>
    </message>
    <message>
        <source>Max pooling keeps the largest value of each window in every channel. It shrinks the feature maps (2×2 halves height and width), keeps the strongest responses, and makes the network tolerant of small shifts. It has no weights.</source>
        <translation>Le max pooling garde la plus grande valeur de chaque fenêtre dans chaque canal. Il réduit les cartes (2×2 divise hauteur et largeur par deux), garde les réponses les plus fortes et rend le réseau tolérant aux petits décalages. Il n&apos;a pas de poids.</translation>
    </message>
    <message>
        <source>output size = ⌊(n − f)/s⌋ + 1</source>
        <translation>taille de sortie = ⌊(n − f)/s⌋ + 1</translation>
    </message>
    <message>
        <source>Average pooling replaces each window by its mean in every channel, shrinking the feature maps smoothly (LeNet-5 used it). It has no weights.</source>
        <translation>Le pooling moyen remplace chaque fenêtre par sa moyenne dans chaque canal et réduit les cartes en douceur (LeNet-5 l&apos;utilisait). Il n&apos;a pas de poids.</translation>
    </message>
    <message>
        <source>Global average pooling reduces each feature map to its mean, one number per channel. ResNet uses it instead of Flatten + big Dense layers: far fewer parameters and any image size works.</source>
        <translation>Le pooling moyen global réduit chaque carte à sa moyenne, un nombre par canal. ResNet l&apos;utilise au lieu de Flatten + de grosses couches Dense : bien moins de paramètres, et toute taille d&apos;image convient.</translation>
    </message>
    <message>
        <source>output = (channels,)</source>
        <translation>sortie = (canaux,)</translation>
    </message>
    <message>
        <source>Global max pooling reduces each feature map to its largest value: &apos;was this pattern anywhere in the image?&apos;, one number per channel.</source>
        <translation>Le pooling max global réduit chaque carte à sa plus grande valeur : « ce motif était-il quelque part dans l&apos;image ? », un nombre par canal.</translation>
    </message>
    <message>
        <source>During training, Dropout sets a random fraction of its inputs to zero at every step (and scales the rest up), so no unit can rely on any single other unit; this reduces overfitting. At test time it passes everything through.</source>
        <translation>Pendant l&apos;entraînement, Dropout met à zéro une fraction aléatoire de ses entrées à chaque pas (et agrandit le reste), si bien qu&apos;aucun neurone ne peut compter sur un seul autre ; cela réduit le surapprentissage. Au test, il laisse tout passer.</translation>
    </message>
    <message>
        <source>training: y = x·mask/(1 − rate)</source>
        <translation>entraînement : y = x·masque/(1 − taux)</translation>
    </message>
    <message>
        <source>Batch normalization standardises each channel over the mini-batch (mean 0, variance 1), then applies a learned scale γ and offset β. It keeps activations well-scaled, allows larger learning rates and speeds up training. At test time it uses moving averages gathered during training.</source>
        <translation>La normalisation par lot standardise chaque canal sur le mini-lot (moyenne 0, variance 1), puis applique une échelle γ et un décalage β appris. Elle garde les activations à une bonne échelle, permet des taux d&apos;apprentissage plus grands et accélère l&apos;entraînement. Au test, elle utilise des moyennes mobiles recueillies pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>y = γ·(x − μ)/√(σ² + ε) + β</source>
        <translation>y = γ·(x − μ)/√(σ² + ε) + β (par canal)</translation>
    </message>
    <message>
        <source>parameters = 4·channels (2 trained, 2 not)</source>
        <translation>paramètres = 4·canaux (2 appris, 2 non)</translation>
    </message>
    <message>
        <source>Layer normalization standardises each example on its own, over its features (mean 0, variance 1), then applies a learned scale γ and offset β per feature. Unlike batch normalization it does not depend on the other examples of the batch, so it behaves the same in training and at test time; transformers use it.</source>
        <translation>La normalisation de couche standardise chaque exemple à lui seul, sur ses caractéristiques (moyenne 0, variance 1), puis applique une échelle γ et un décalage β appris par caractéristique. Contrairement à la normalisation par lot, elle ne dépend pas des autres exemples du lot : elle se comporte pareil à l&apos;entraînement et au test ; les transformers l&apos;utilisent.</translation>
    </message>
    <message>
        <source>y = γ·(x − μ)/√(σ² + ε) + β, μ and σ² of one example</source>
        <translation>y = γ·(x − μ)/√(σ² + ε) + β, μ et σ² d&apos;un seul exemple</translation>
    </message>
    <message>
        <source>parameters = 2·features</source>
        <translation>paramètres = 2·caractéristiques</translation>
    </message>
    <message>
        <source>Adds rows and columns of zeros around each feature map. A following &apos;valid&apos; convolution then sees the border pixels as often as the middle ones, and the output does not shrink: p = (f − 1)/2 zeros keep the size for an f×f kernel.</source>
        <translation>Ajoute des lignes et des colonnes de zéros autour de chaque carte. Une convolution &apos;valid&apos; qui suit voit alors les pixels du bord aussi souvent que ceux du milieu, et la sortie ne rétrécit pas : p = (f − 1)/2 zéros gardent la taille pour un noyau f×f.</translation>
    </message>
    <message>
        <source>output = (h + top + bottom, w + left + right, c)</source>
        <translation>sortie = (h + haut + bas, w + gauche + droite, c)</translation>
    </message>
    <message>
        <source>The reverse of pooling: every value becomes a block of size rows × columns (copies, or a smooth blend with &apos;bilinear&apos;). A U-Net&apos;s decoder upsamples its maps back to the input size and joins them with the encoder&apos;s maps through skip connections. No weights.</source>
        <translation>L&apos;inverse du pooling : chaque valeur devient un bloc de taille lignes × colonnes (des copies, ou un fondu doux avec &apos;bilinear&apos;). Le décodeur d&apos;un U-Net agrandit ses cartes jusqu&apos;à la taille de l&apos;entrée et les joint à celles de l&apos;encodeur par des connexions résiduelles. Pas de poids.</translation>
    </message>
    <message>
        <source>output = (h·s_rows, w·s_cols, c)</source>
        <translation>sortie = (h·s_lignes, w·s_colonnes, c)</translation>
    </message>
</context>
<context>
    <name>ComputationGraphView</name>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>h for central differences</source>
        <translation>h des différences centrées</translation>
    </message>
</context>
<context>
    <name>ConvolutionSandbox</name>
    <message>
        <source>Slide the kernel</source>
        <translation>Faire glisser le noyau</translation>
    </message>
    <message>
        <source>How often each pixel is seen</source>
        <translation>Combien de fois chaque pixel est vu</translation>
    </message>
    <message>
        <source>Shift the input</source>
        <translation>Décaler l&apos;entrée</translation>
    </message>
    <message>
        <source>⟲ Start over</source>
        <translation>⟲ Recommencer</translation>
    </message>
    <message>
        <source>Step ▶|</source>
        <translation>Un pas ▶|</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout montrer</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow est encore en cours de chargement…</translation>
    </message>
    <message>
        <source>Press Step (→) or Play to slide the kernel over the input.</source>
        <translation>Appuyez sur Un pas (→) ou Lecture pour faire glisser le noyau sur l&apos;entrée.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>How often each pixel is seen without padding</source>
        <translation>Combien de fois chaque pixel est vu sans remplissage</translation>
    </message>
    <message>
        <source>How often each pixel is seen with padding</source>
        <translation>Combien de fois chaque pixel est vu avec remplissage</translation>
    </message>
    <message>
        <source>Counting is shown for inputs up to 28×28.</source>
        <translation>Le comptage est affiché pour des entrées jusqu&apos;à 28×28.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without padding&lt;/b&gt;: windows covering each pixel</source>
        <translation>&lt;b&gt;Sans remplissage&lt;/b&gt; : fenêtres couvrant chaque pixel</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>{title} (not installed)</source>
        <translation>{title} (non installé)</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>Vos propres données…</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>MNIST handwritten digits</source>
        <translation>Chiffres manuscrits MNIST</translation>
    </message>
    <message>
        <source>MNIST ink masks (segmentation)</source>
        <translation>Masques d&apos;encre MNIST (segmentation)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing</source>
        <translation>Vêtements Fashion-MNIST</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>Quadrants du XOR</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>Deux gaussiennes</translation>
    </message>
    <message>
        <source>Spirals</source>
        <translation>Spirales</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Noisy sine</source>
        <translation>Sinus bruité</translation>
    </message>
    <message>
        <source>Noisy plane</source>
        <translation>Plan bruité</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>Porte ET</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>Porte OU</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>Porte NON-ET</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>Porte XOR</translation>
    </message>
    <message>
        <source>XNOR gate</source>
        <translation>Porte XNOR</translation>
    </message>
    <message>
        <source>NOT gate</source>
        <translation>Porte NON</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; (orange high, blue low):</source>
        <translation>&lt;b&gt;Neurones cachés&lt;/b&gt; (orange haut, bleu bas) :</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <source>Brush width</source>
        <translation>Largeur du pinceau</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Annuler le trait</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Save drawing as…</source>
        <translation>Enregistrer le dessin sous…</translation>
    </message>
    <message>
        <source>Show in feature maps</source>
        <translation>Montrer dans les cartes de caractéristiques</translation>
    </message>
    <message>
        <source>The feature-map viewer follows the drawing as you draw</source>
        <translation>Les cartes de caractéristiques suivent le dessin pendant que vous dessinez</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>The network sees:</source>
        <translation>Le réseau voit :</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow est encore en cours de chargement…</translation>
    </message>
</context>
<context>
    <name>EmbeddingView</name>
    <message>
        <source>PCA</source>
        <translation>ACP</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE (voisinages)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep for comparison</source>
        <translation>Garder pour comparer</translation>
    </message>
    <message>
        <source>Hover over a point to see its image; click to open it.</source>
        <translation>Survolez un point pour voir son image ; cliquez pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>+ Add run</source>
        <translation>+ Ajouter un entraînement</translation>
    </message>
    <message>
        <source>− Remove run</source>
        <translation>− Retirer un entraînement</translation>
    </message>
    <message>
        <source>▶ Train all</source>
        <translation>▶ Tout entraîner</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <source>Results as CSV…</source>
        <translation>Résultats en CSV…</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>Choose a dataset first (the toolbar&apos;s Dataset).</source>
        <translation>Choisissez d&apos;abord des données (Jeu de données, dans la barre d&apos;outils).</translation>
    </message>
    <message>
        <source>Training run 1…</source>
        <translation>Entraînement 1…</translation>
    </message>
    <message>
        <source>Train the runs first.</source>
        <translation>Entraînez d&apos;abord les configurations.</translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Fichier image…</translation>
    </message>
    <message>
        <source>Test example of class</source>
        <translation>Exemple de test de la classe</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Click a unit of a map to see which input pixels it sees.</source>
        <translation>Cliquez sur un point d&apos;une carte pour voir quels pixels d&apos;entrée il voit.</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Histograms over epochs of layer</source>
        <translation>Histogrammes au fil des époques de la couche</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Cartes de caractéristiques</translation>
    </message>
    <message>
        <source>Why this answer</source>
        <translation>Pourquoi cette réponse</translation>
    </message>
    <message>
        <source>What it sees</source>
        <translation>Ce qu&apos;il voit</translation>
    </message>
    <message>
        <source>What a unit wants</source>
        <translation>Ce qu&apos;un neurone cherche</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <source>Weights by hand</source>
        <translation>Poids à la main</translation>
    </message>
    <message>
        <source>Backprop by hand</source>
        <translation>Rétropropagation à la main</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>Règle du perceptron</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Fitted curve</source>
        <translation>Courbe ajustée</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>Graphe de calcul</translation>
    </message>
    <message>
        <source>All views ▾</source>
        <translation>Toutes les vues ▾</translation>
    </message>
    <message>
        <source>All views inside the network</source>
        <translation>Toutes les vues de l&apos;intérieur du réseau</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <source>Weights: {source}</source>
        <translation>Poids : {source}</translation>
    </message>
    <message>
        <source>This view could not be drawn: {error}</source>
        <translation>Cette vue n&apos;a pas pu être dessinée : {error}</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>&lt;b&gt;The kernel&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le noyau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A test image&lt;/b&gt;</source>
        <translation>&lt;b&gt;Une image de test&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its feature map&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sa carte de caractéristiques&lt;/b&gt;</translation>
    </message>
    <message>
        <source>See every layer&apos;s feature maps</source>
        <translation>Voir les cartes de toutes les couches</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see a map.</source>
        <translation>Choisissez des données adaptées au réseau pour voir une carte.</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Search layers…</source>
        <translation>Chercher une couche…</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>your name (for the teacher)</source>
        <translation>votre nom (pour l&apos;enseignant)</translation>
    </message>
    <message>
        <source>Open lessons…</source>
        <translation>Ouvrir des leçons…</translation>
    </message>
    <message>
        <source>A teacher&apos;s own lesson files: choose their folder</source>
        <translation>Les leçons d&apos;un enseignant : choisissez leur dossier</translation>
    </message>
    <message>
        <source>Export progress…</source>
        <translation>Exporter la progression…</translation>
    </message>
    <message>
        <source>A small file with the steps you passed, for your teacher</source>
        <translation>Un petit fichier avec les étapes réussies, pour votre enseignant</translation>
    </message>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Choisissez une leçon ci-dessus (double-clic ou Entrée).</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>votre réponse</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Check ✓</source>
        <translation>Vérifier ✓</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Montrez-moi</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Quitter la leçon</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fit the output layer</source>
        <translation>Adapter la couche de sortie</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Dans le réseau</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dessiner un chiffre</translation>
    </message>
    <message>
        <source> Dataset: </source>
        <translation> Jeu de données : </translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>LayerLab will speak {language} when it starts again. Restart now? (You are asked to save your work first.)</source>
        <translation>LayerLab parlera {language} au prochain démarrage. Redémarrer maintenant ? (On vous proposera d&apos;abord d&apos;enregistrer votre travail.)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>L&apos;entraînement est en cours</translation>
    </message>
    <message>
        <source>Stop the training and quit LayerLab?</source>
        <translation>Arrêter l&apos;entraînement et quitter LayerLab ?</translation>
    </message>
</context>
<context>
    <name>MaximizationView</name>
    <message>
        <source>all units of the layer</source>
        <translation>tous les neurones de la couche</translation>
    </message>
    <message>
        <source>Find the pattern</source>
        <translation>Trouver le motif</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>À &amp;propos de LayerLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Load &amp;weights into this network…</source>
        <translation>Charger des &amp;poids dans ce réseau…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Network summary (text)…</source>
        <translation>Résumé du réseau (texte)…</translation>
    </message>
    <message>
        <source>Canvas picture (PNG)…</source>
        <translation>Image du canevas (PNG)…</translation>
    </message>
    <message>
        <source>Network diagram, whole (SVG or PNG)…</source>
        <translation>Schéma complet du réseau (SVG ou PNG)…</translation>
    </message>
    <message>
        <source>Figure under the mouse (SVG or PNG)…</source>
        <translation>Figure sous la souris (SVG ou PNG)…</translation>
    </message>
    <message>
        <source>Model with its weights (.keras)…</source>
        <translation>Modèle avec ses poids (.keras)…</translation>
    </message>
    <message>
        <source>Weights only (.weights.h5)…</source>
        <translation>Poids seulement (.weights.h5)…</translation>
    </message>
    <message>
        <source>Keras script (one device)…</source>
        <translation>Script Keras (un appareil)…</translation>
    </message>
    <message>
        <source>Keras script for several GPUs (MirroredStrategy)…</source>
        <translation>Script Keras pour plusieurs GPU (MirroredStrategy)…</translation>
    </message>
    <message>
        <source>Keras script for several computers (MultiWorkerMirroredStrategy)…</source>
        <translation>Script Keras pour plusieurs ordinateurs (MultiWorkerMirroredStrategy)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Copy &amp;figure</source>
        <translation>Copier la &amp;figure</translation>
    </message>
    <message>
        <source>&amp;Find a layer to add…</source>
        <translation>&amp;Chercher une couche à ajouter…</translation>
    </message>
    <message>
        <source>Insert ma&amp;xout unit</source>
        <translation>Insérer une unité ma&amp;xout</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>&amp;Taille de texte normale</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>Couleurs adaptées au &amp;daltonisme</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Zoom the network &amp;in</source>
        <translation>&amp;Agrandir le réseau</translation>
    </message>
    <message>
        <source>Zoom the network &amp;out</source>
        <translation>&amp;Réduire le réseau</translation>
    </message>
    <message>
        <source>&amp;Fit the network to the view</source>
        <translation>A&amp;juster le réseau à la vue</translation>
    </message>
    <message>
        <source>&amp;Tidy layout</source>
        <translation>&amp;Ranger la disposition</translation>
    </message>
    <message>
        <source>Show shapes on &amp;edges</source>
        <translation>Afficher les formes sur les &amp;liens</translation>
    </message>
    <message>
        <source>Inside the &amp;network</source>
        <translation>Dans le &amp;réseau</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>Feature &amp;maps</source>
        <translation>&amp;Cartes de caractéristiques</translation>
    </message>
    <message>
        <source>&amp;Why this answer</source>
        <translation>&amp;Pourquoi cette réponse</translation>
    </message>
    <message>
        <source>What it &amp;sees (embedding)</source>
        <translation>Ce qu&apos;il &amp;voit (plongement)</translation>
    </message>
    <message>
        <source>What a &amp;unit wants</source>
        <translation>Ce qu&apos;un &amp;neurone cherche</translation>
    </message>
    <message>
        <source>&amp;Decision boundary</source>
        <translation>Frontière de &amp;décision</translation>
    </message>
    <message>
        <source>&amp;Weights by hand</source>
        <translation>P&amp;oids à la main</translation>
    </message>
    <message>
        <source>Computational &amp;graph</source>
        <translation>&amp;Graphe de calcul</translation>
    </message>
    <message>
        <source>&amp;Backprop by hand</source>
        <translation>Rétropropagation à la &amp;main</translation>
    </message>
    <message>
        <source>&amp;Perceptron rule</source>
        <translation>Règle du p&amp;erceptron</translation>
    </message>
    <message>
        <source>Gradients while &amp;training</source>
        <translation>Gradients pendant l&apos;&amp;entraînement</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Activations</translation>
    </message>
    <message>
        <source>Fitted &amp;curve</source>
        <translation>&amp;Courbe ajustée</translation>
    </message>
    <message>
        <source>&amp;Draw a digit</source>
        <translation>&amp;Dessiner un chiffre</translation>
    </message>
    <message>
        <source>Convolution &amp;sandbox</source>
        <translation>&amp;Bac à sable de convolution</translation>
    </message>
    <message>
        <source>E&amp;xperiment board</source>
        <translation>Tableau des e&amp;xpériences</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>E&amp;ntraînement</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause or go on</source>
        <translation>&amp;Pause ou reprise</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Un pas</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>{title} workspace</source>
        <translation>Espace « {title} »</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
</context>
<context>
    <name>MetricPlot</name>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
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
        <translation>tout à zéro</translation>
    </message>
    <message>
        <source>the network&apos;s weights</source>
        <translation>les poids du réseau</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Un pas</translation>
    </message>
    <message>
        <source>Show the next example to the perceptron and apply the rule</source>
        <translation>Montrer l&apos;exemple suivant au perceptron et appliquer la règle</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>Jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step shows the perceptron one example; Play goes on by itself.</source>
        <translation>Un pas montre un exemple au perceptron ; Lecture continue tout seul.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>AlexNet-style</source>
        <translation>Style AlexNet</translation>
    </message>
    <message>
        <source>Deep relu stack (10 × 16)</source>
        <translation>Pile profonde relu (10 × 16)</translation>
    </message>
    <message>
        <source>Deep sigmoid stack (10 × 16)</source>
        <translation>Pile profonde sigmoïde (10 × 16)</translation>
    </message>
    <message>
        <source>GoogLeNet-style</source>
        <translation>Style GoogLeNet</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5 (réseau convolutif)</translation>
    </message>
    <message>
        <source>MNIST MLP 784-512-512-10</source>
        <translation>PMC MNIST 784-512-512-10</translation>
    </message>
    <message>
        <source>Perceptron (AND)</source>
        <translation>Perceptron (ET)</translation>
    </message>
    <message>
        <source>Small ResNet</source>
        <translation>Petit ResNet</translation>
    </message>
    <message>
        <source>Sine fit (1-16-1)</source>
        <translation>Ajustement d&apos;un sinus (1-16-1)</translation>
    </message>
    <message>
        <source>Spirals MLP (2-16-16-2)</source>
        <translation>PMC spirales (2-16-16-2)</translation>
    </message>
    <message>
        <source>U-Net-style</source>
        <translation>Style U-Net</translation>
    </message>
    <message>
        <source>Small VGG</source>
        <translation>Petit VGG</translation>
    </message>
    <message>
        <source>XOR MLP (2-2-1)</source>
        <translation>PMC du XOR (2-2-1)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>duplicate id &apos;{id}&apos;</source>
        <translation>identifiant « {id} » en double</translation>
    </message>
    <message>
        <source>give every layer its own id</source>
        <translation>donnez à chaque couche son propre identifiant</translation>
    </message>
    <message>
        <source>the id &apos;input&apos; names the network input</source>
        <translation>l&apos;identifiant « input » désigne l&apos;entrée du réseau</translation>
    </message>
    <message>
        <source>rename this layer</source>
        <translation>renommez cette couche</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; has characters Keras does not accept in layer names</source>
        <translation>l&apos;identifiant « {id} » contient des caractères que Keras refuse dans les noms de couches</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>utilisez des lettres, des chiffres, « _ », « - » et « . »</translation>
    </message>
    <message>
        <source>the connections form a cycle: {path}</source>
        <translation>les connexions forment un cycle : {path}</translation>
    </message>
    <message>
        <source>remove one of these edges</source>
        <translation>supprimez l&apos;un de ces liens</translation>
    </message>
    <message>
        <source>output &apos;{name}&apos; is not a layer</source>
        <translation>la sortie « {name} » n&apos;est pas une couche</translation>
    </message>
    <message>
        <source>name an existing layer, or leave &apos;output&apos; out to use the last layer</source>
        <translation>nommez une couche existante, ou omettez « output » pour utiliser la dernière couche</translation>
    </message>
    <message>
        <source>the network has no layers</source>
        <translation>le réseau n&apos;a aucune couche</translation>
    </message>
    <message>
        <source>add a layer from the palette</source>
        <translation>ajoutez une couche depuis la palette</translation>
    </message>
    <message>
        <source>auxiliary output &apos;{name}&apos; is not a layer</source>
        <translation>la sortie auxiliaire « {name} » n&apos;est pas une couche</translation>
    </message>
    <message>
        <source>name an existing layer in aux_outputs, or remove it</source>
        <translation>nommez une couche existante dans aux_outputs, ou retirez-la</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the main output and an auxiliary one</source>
        <translation>« {name} » est à la fois la sortie principale et une sortie auxiliaire</translation>
    </message>
    <message>
        <source>e.g. &quot;input_shape&quot;: [28, 28, 1] for MNIST or [2] for two features</source>
        <extracomment>An example larger than this is no classroom network&apos;s input (224×224×3 is 150,528 values).</extracomment>
        <translation>par ex. &quot;input_shape&quot;: [28, 28, 1] pour MNIST ou [2] pour deux variables</translation>
    </message>
    <message>
        <source>missing input_shape</source>
        <translation>input_shape manquant</translation>
    </message>
    <message>
        <source>input_shape must be a list of positive whole numbers, not {value}</source>
        <translation>input_shape doit être une liste d&apos;entiers positifs, pas {value}</translation>
    </message>
    <message>
        <source>input_shape {shape} is far too large (at most {most} per axis and {values} values per example)</source>
        <translation>input_shape {shape} est beaucoup trop grand (au plus {most} par axe et {values} valeurs par exemple)</translation>
    </message>
    <message>
        <source>unknown layer type &apos;{name}&apos;</source>
        <translation>type de couche inconnu « {name} »</translation>
    </message>
    <message>
        <source>LayerLab offers: {types}</source>
        <translation>LayerLab propose : {types}</translation>
    </message>
    <message>
        <source>unknown input &apos;{name}&apos;</source>
        <extracomment>Unknown inputs that get a &quot;did you mean&quot; suggestion; past this, each would cost a search over every id (quadratic for a 10,000-layer file full of dangling inputs).</extracomment>
        <translation>entrée inconnue « {name} »</translation>
    </message>
    <message>
        <source>connect it to an existing layer or to &apos;input&apos;</source>
        <translation>reliez-la à une couche existante ou à « input »</translation>
    </message>
    <message>
        <source>has no input</source>
        <translation>n&apos;a pas d&apos;entrée</translation>
    </message>
    <message>
        <source>connect a layer&apos;s output to it</source>
        <translation>reliez-y la sortie d&apos;une couche</translation>
    </message>
    <message>
        <source>{layer} needs at least {needed} inputs, got {n}</source>
        <translation>{layer} a besoin d&apos;au moins {needed} entrées, il en a {n}</translation>
    </message>
    <message>
        <source>connect another branch to it</source>
        <translation>reliez-y une autre branche</translation>
    </message>
    <message>
        <source>{layer} takes one input, got {n} ({inputs})</source>
        <translation>{layer} prend une seule entrée, il en a {n} ({inputs})</translation>
    </message>
    <message>
        <source>merge them first with Add or Concatenate</source>
        <translation>fusionnez-les d&apos;abord avec Add ou Concatenate</translation>
    </message>
    <message>
        <source>the same input is connected twice</source>
        <translation>la même entrée est reliée deux fois</translation>
    </message>
    <message>
        <source>connect distinct layers</source>
        <translation>reliez des couches différentes</translation>
    </message>
    <message>
        <source>not connected to the output &apos;{name}&apos;; its result would be unused</source>
        <translation>n&apos;est pas reliée à la sortie « {name} » ; son résultat ne servirait à rien</translation>
    </message>
    <message>
        <source>connect it into the network, delete it, or make it an auxiliary output</source>
        <translation>reliez-la au réseau, supprimez-la ou faites-en une sortie auxiliaire</translation>
    </message>
    <message>
        <source>output shape {shape} has no values</source>
        <translation>la forme de sortie {shape} ne contient aucune valeur</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos;, a smaller kernel or a smaller stride</source>
        <translation>utilisez padding=&apos;same&apos;, un noyau plus petit ou un pas plus petit</translation>
    </message>
    <message>
        <source>{layer} needs an image input (height, width, channels); got {shape}</source>
        <translation>{layer} a besoin d&apos;une image en entrée (hauteur, largeur, canaux) ; reçu {shape}</translation>
    </message>
    <message>
        <source>{layer} needs a 3-D input (height, width, channels); got {shape}</source>
        <translation>{layer} a besoin d&apos;une entrée en 3D (hauteur, largeur, canaux) ; reçu {shape}</translation>
    </message>
    <message>
        <source>kernel {kernel} does not fit its {size} input</source>
        <translation>le noyau {kernel} ne tient pas dans son entrée {size}</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos; or a smaller kernel</source>
        <translation>utilisez padding=&apos;same&apos; ou un noyau plus petit</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({total} values) to {target} ({values} values)</source>
        <translation>impossible de remodeler {shape} ({total} valeurs) en {target} ({values} valeurs)</translation>
    </message>
    <message>
        <source>choose a target_shape whose sizes multiply to {total}</source>
        <translation>choisissez un target_shape dont le produit des tailles vaut {total}</translation>
    </message>
    <message>
        <source>inputs have shapes {shapes}; {layer} needs equal shapes</source>
        <translation>les entrées ont les formes {shapes} ; {layer} veut des formes égales</translation>
    </message>
    <message>
        <source>inputs have shapes {shapes}; Concatenate needs inputs of the same rank</source>
        <translation>les entrées ont les formes {shapes} ; Concatenate veut des entrées de même rang</translation>
    </message>
    <message>
        <source>Flatten or Reshape the branches first</source>
        <translation>appliquez d&apos;abord Flatten ou Reshape aux branches</translation>
    </message>
    <message>
        <source>pool {pool} does not fit its {size} input</source>
        <translation>la fenêtre de pooling {pool} ne tient pas dans son entrée {size}</translation>
    </message>
    <message>
        <source>use padding=&apos;same&apos; or a smaller pool_size</source>
        <translation>utilisez padding=&apos;same&apos; ou un pool_size plus petit</translation>
    </message>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <extracomment>Parameter kinds. ``size2`` is an int or a pair (kernel 5 or [5, 3]); ``optional_size2`` also accepts null (pooling strides default to the pool size); ``shape`` is a list of positive ints with at most one -1; ``regularizer`` is null or {&quot;l1&quot;: x}, {&quot;l2&quot;: x}, {&quot;l1&quot;: x, &quot;l2&quot;: y}. ``padding2d`` is n, [rows, columns] or [[top, bottom], [left, right]] of zeros (≥ 0).</extracomment>
        <translation> (vouliez-vous dire « {name} » ?)</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>avertissement : {text}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ProjectStatusBar</name>
    <message>
        <source>Device: looking…</source>
        <translation>Appareil : recherche…</translation>
    </message>
    <message>
        <source>Parameters: {n}</source>
        <translation>Paramètres : {n}</translation>
    </message>
    <message>
        <source>Training memory ≈ {size} (batch {batch})</source>
        <translation>Mémoire d&apos;entraînement ≈ {size} (lot de {batch})</translation>
    </message>
    <message>
        <source>Training memory: —</source>
        <translation>Mémoire d&apos;entraînement : —</translation>
    </message>
    <message>
        <source>Dataset: {name}</source>
        <translation>Données : {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Device: {n} GPU</source>
        <translation>Appareil : {n} GPU</translation>
    </message>
    <message>
        <source>Device: CPU (no GPU found)</source>
        <translation>Appareil : CPU (aucun GPU trouvé)</translation>
    </message>
    <message>
        <source>Device: CPU (TensorFlow failed)</source>
        <translation>Appareil : CPU (échec de TensorFlow)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&lt;b&gt;input&lt;/b&gt; · the data fed to the network</source>
        <translation>&lt;b&gt;input&lt;/b&gt; · les données données au réseau</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Input shape</source>
        <translation>Forme d&apos;entrée</translation>
    </message>
    <message>
        <source>= pool size</source>
        <translation>= taille du pooling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>{layers} layer · {params} parameters ({trainable} trainable, {frozen} not)</source>
        <translation>{layers} couche · {params} paramètres ({trainable} entraînables, {frozen} non)</translation>
    </message>
    <message>
        <source>{layers} layers · {params} parameters ({trainable} trainable, {frozen} not)</source>
        <translation>{layers} couches · {params} paramètres ({trainable} entraînables, {frozen} non)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>({n} not trained)</source>
        <translation>({n} non entraînés)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Train a network to see its test results here.</source>
        <translation>Entraînez un réseau pour voir ici ses résultats de test.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>one batch</source>
        <translation>un lot</translation>
    </message>
    <message>
        <source>one epoch</source>
        <translation>une époque</translation>
    </message>
    <message>
        <source>Start  (F5)</source>
        <translation>Démarrer  (F5)</translation>
    </message>
    <message>
        <source>Train the network on the dataset with these settings.</source>
        <translation>Entraîner le réseau sur les données avec ces réglages.</translation>
    </message>
    <message>
        <source>Pause  (F6)</source>
        <translation>Pause  (F6)</translation>
    </message>
    <message>
        <source>Step  (F10)</source>
        <translation>Un pas  (F10)</translation>
    </message>
    <message>
        <source>Stop  (Shift+F5)</source>
        <translation>Arrêter  (Maj+F5)</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Taille du pas</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>new random weights</source>
        <translation>nouveaux poids aléatoires</translation>
    </message>
</context>
<context>
    <name>SandboxControls</name>
    <message>
        <source>Which test image</source>
        <translation>Quelle image de test</translation>
    </message>
    <message>
        <source>Downscale the image to this many rows and columns</source>
        <translation>Réduire l&apos;image à ce nombre de lignes et de colonnes</translation>
    </message>
    <message>
        <source>Paste numbers</source>
        <translation>Coller des nombres</translation>
    </message>
    <message>
        <source>More kernels give more output maps (channels)</source>
        <translation>Plus de noyaux donnent plus de cartes de sortie (canaux)</translation>
    </message>
    <message>
        <source>valid: no zeros; same: enough zeros to keep the size; n rings</source>
        <translation>valid : pas de zéros ; same : assez de zéros pour garder la taille ; n anneaux</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source>Shift the input</source>
        <translation>Décaler l&apos;entrée</translation>
    </message>
    <message>
        <source>Move the input by</source>
        <translation>Décaler l&apos;entrée de</translation>
    </message>
    <message>
        <source>Shift the input to compare the outputs.</source>
        <translation>Décalez l&apos;entrée pour comparer les sorties.</translation>
    </message>
    <message>
        <source>Fix the settings first: the sandbox shows what is wrong.</source>
        <translation>Corrigez d&apos;abord les réglages : le bac à sable montre ce qui ne va pas.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Plots as PNG…</source>
        <translation>Courbes en PNG…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>Historique en CSV…</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Choisissez d&apos;abord un jeu de données dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>The network has problems (see the Problems list); fix them before training.</source>
        <translation>Le réseau a des problèmes (voir la liste Problèmes) ; corrigez-les avant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>No hand-set weights yet: set them in the Weights tab, or choose other initial weights.</source>
        <translation>Pas encore de poids réglés à la main : réglez-les dans l&apos;onglet Poids, ou choisissez d&apos;autres poids initiaux.</translation>
    </message>
    <message>
        <source>Training {params} parameters on {device}: {train} train / {val} validation examples, {steps} steps per epoch.</source>
        <translation>Entraînement de {params} paramètres sur {device} : {train} exemples d&apos;entraînement / {val} de validation, {steps} pas par époque.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}. Resume with F6, or Step (F10) for {unit}.</source>
        <translation>En pause à l&apos;époque {epoch}. Reprenez avec F6, ou Un pas (F10) pour {unit}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>L&apos;entraînement a échoué</translation>
    </message>
    <message>
        <source>Training stopped: {reason}.</source>
        <translation>Entraînement arrêté : {reason}.</translation>
    </message>
    <message>
        <source>Stopped: the weights trained so far are kept.</source>
        <translation>Arrêté : les poids appris jusqu&apos;ici sont conservés.</translation>
    </message>
    <message>
        <source>done · {n} epoch(s)</source>
        <translation>terminé · {n} époque(s)</translation>
    </message>
    <message>
        <source>Finished in {time}.</source>
        <translation>Terminé en {time}.</translation>
    </message>
    <message>
        <source>No test evaluation (the run was cut short).</source>
        <translation>Pas d&apos;évaluation de test (l&apos;entraînement a été interrompu).</translation>
    </message>
    <message>
        <source>The last run was on {then}; train to see results on {now}.</source>
        <translation>Le dernier entraînement portait sur {then} ; entraînez pour voir les résultats sur {now}.</translation>
    </message>
    <message>
        <source>The network changed since it was trained: the trained weights no longer match it. Train again to update them.</source>
        <translation>Le réseau a changé depuis son entraînement : les poids appris ne lui correspondent plus. Entraînez-le à nouveau pour les mettre à jour.</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>log scale (loss)</source>
        <translation>échelle log (perte)</translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation>Effacer les entraînements précédents</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>random (Keras default)</source>
        <translation>aléatoires (Keras par défaut)</translation>
    </message>
    <message>
        <source>all zeros</source>
        <translation>tout à zéro</translation>
    </message>
    <message>
        <source>as set by hand</source>
        <translation>tels que réglés à la main</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>stop after</source>
        <translation>arrêter après</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> époques sans progrès</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>write logs</source>
        <translation>écrire les journaux</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Inertie (momentum)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Arrêt précoce</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Poids initiaux</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source> epoch without progress</source>
        <translation> époque sans progrès</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>All zero</source>
        <translation>Tout à zéro</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see outputs.</source>
        <translation>Choisissez des données adaptées au réseau pour voir les sorties.</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>untrained: {note}</source>
        <translation>non entraînés : {note}</translation>
    </message>
    <message>
        <source>random initial weights</source>
        <translation>poids initiaux aléatoires</translation>
    </message>
    <message>
        <source>training: {note}</source>
        <translation>en entraînement : {note}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>en entraînement</translation>
    </message>
    <message>
        <source>trained ({note})</source>
        <translation>entraînés ({note})</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>entraînés</translation>
    </message>
    <message>
        <source>set by hand ({note})</source>
        <translation>réglés à la main ({note})</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>réglés à la main</translation>
    </message>
    <message>
        <source>from {note}</source>
        <translation>de {note}</translation>
    </message>
    <message>
        <source>from a file</source>
        <translation>d&apos;un fichier</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>{title} workspace (Alt+{n})</source>
        <translation>Espace « {title} » (Alt+{n})</translation>
    </message>
</context>
</TS>
