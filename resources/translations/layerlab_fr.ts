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
        <source>step</source>
        <translation>échelon</translation>
    </message>
    <message>
        <source>Mark where this layer&apos;s units are for a test example</source>
        <translation>Marquer où sont les neurones de cette couche pour un exemple de test</translation>
    </message>
    <message>
        <source>LeakyReLU slope</source>
        <translation>Pente de LeakyReLU</translation>
    </message>
    <message>
        <source>ELU α</source>
        <translation>α de l&apos;ELU</translation>
    </message>
    <message>
        <source>mark layer</source>
        <translation>couche marquée</translation>
    </message>
    <message>
        <source>test example</source>
        <translation>exemple de test</translation>
    </message>
    <message>
        <source>g(z) and its derivative g&apos;(z)</source>
        <translation>g(z) et sa dérivée g&apos;(z)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Softmax&lt;/b&gt; of a vector z (type numbers):</source>
        <translation>&lt;b&gt;Softmax&lt;/b&gt; d&apos;un vecteur z (tapez des nombres) :</translation>
    </message>
    <message>
        <source>softmax(z): probabilities that sum to 1</source>
        <translation>softmax(z) : des probabilités dont la somme vaut 1</translation>
    </message>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow est encore en cours de chargement…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source> — {count} pre-activation(s) of &lt;b&gt;{layer}&lt;/b&gt; for test example {example} (green on g, triangles on g&apos;). {share} of them sit where g&apos;(z) &amp;lt; 0.01: almost no gradient flows back through those units.</source>
        <translation> — {count} pré-activation(s) de &lt;b&gt;{layer}&lt;/b&gt; pour l&apos;exemple de test {example} (en vert sur g, triangles sur g&apos;). {share} d&apos;entre elles sont là où g&apos;(z) &amp;lt; 0,01 : presque aucun gradient ne repasse par ces unités.</translation>
    </message>
    <message>
        <source>: pick a layer of your network to see where its units are on the curve.</source>
        <translation> : choisissez une couche de votre réseau pour voir où ses unités se trouvent sur la courbe.</translation>
    </message>
    <message>
        <source>Type numbers separated by spaces, e.g. 2 1 0.1</source>
        <translation>Tapez des nombres séparés par des espaces, par ex. 2 1 0.1</translation>
    </message>
    <message>
        <source>Type between 1 and 20 numbers.</source>
        <translation>Tapez entre 1 et 20 nombres.</translation>
    </message>
    <message>
        <source>; they sum to {total}.</source>
        <translation> ; leur somme vaut {total}.</translation>
    </message>
</context>
<context>
    <name>Backprop</name>
    <message>
        <source>layer &apos;{name}&apos; is {kind}: backpropagation by hand shows networks of Dense layers only</source>
        <translation>la couche &apos;{name}&apos; est {kind} : la rétropropagation à la main ne montre que des réseaux de couches Dense</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; has {units} units; at most {limit} are shown</source>
        <translation>la couche &apos;{name}&apos; a {units} unités ; {limit} au plus sont montrées</translation>
    </message>
    <message>
        <source>the model has no Dense layer</source>
        <translation>le modèle n&apos;a aucune couche Dense</translation>
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
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
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
        <source>Write the new weights into the project: one SGD step on this example</source>
        <translation>Écrire les nouveaux poids dans le projet : un pas de SGD sur cet exemple</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>new w</source>
        <translation>nouveau w</translation>
    </message>
    <message>
        <source>{problem}. Backprop by hand works on dense networks such as the XOR network or a small MLP on a 2-D dataset.</source>
        <translation>{problem}. La rétropropagation à la main fonctionne sur des réseaux denses comme le réseau XOR ou un petit MLP sur un jeu de données 2-D.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The loss is hidden until you answer the lesson&apos;s question.&lt;/i&gt;</source>
        <translation>&lt;i&gt;La perte reste cachée jusqu&apos;à votre réponse à la question de la leçon.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next ▶ runs the example forward, then finds the loss.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Suivant ▶ fait passer l&apos;exemple vers l&apos;avant, puis calcule la perte.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&lt;b&gt;input&lt;/b&gt; — the data that goes in: one example of shape {shape} (the batch axis is added by Keras).&lt;br&gt;Select it to change the input shape.</source>
        <translation>&lt;b&gt;input&lt;/b&gt; — les données qui entrent : un exemple de forme {shape} (l&apos;axe du lot est ajouté par Keras).&lt;br&gt;Sélectionnez-le pour changer la forme de l&apos;entrée.</translation>
    </message>
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
        <source>Sequence</source>
        <translation>Séquence</translation>
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
        <source>A table with one learned vector per token: the input is a sequence of whole numbers (token 7, token 2, …) and each number is replaced by its row of the table. Tokens used in similar places end up with similar vectors.</source>
        <translation>Une table avec un vecteur appris par jeton : l&apos;entrée est une suite d&apos;entiers (jeton 7, jeton 2, …) et chaque nombre est remplacé par sa ligne de la table. Les jetons employés dans des contextes semblables finissent avec des vecteurs semblables.</translation>
    </message>
    <message>
        <source>output[t] = E[x_t]</source>
        <translation>sortie[t] = E[x_t]</translation>
    </message>
    <message>
        <source>parameters = tokens · vector length</source>
        <translation>paramètres = jetons · longueur du vecteur</translation>
    </message>
    <message>
        <source>Every position of a sequence looks at every other one and takes a weighted average of their values; the weights come from how well its query matches their keys (softmax(Q·Kᵀ/√d)). Several heads do this in parallel with their own projections. Wired to one input it is self-attention; wired to two, the first gives the queries and the second the keys and values. The output has the query&apos;s shape.</source>
        <translation>Chaque position d&apos;une séquence regarde toutes les autres et fait une moyenne pondérée de leurs valeurs ; les poids viennent de l&apos;accord entre sa requête et leurs clés (softmax(Q·Kᵀ/√d)). Plusieurs têtes le font en parallèle avec leurs propres projections. Branchée sur une entrée, c&apos;est de l&apos;auto-attention ; sur deux, la première donne les requêtes et la seconde les clés et valeurs. La sortie a la forme de la requête.</translation>
    </message>
    <message>
        <source>Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V</source>
        <translation>Attention(Q, K, V) = softmax(Q·Kᵀ/√d_k)·V</translation>
    </message>
    <message>
        <source>parameters = 3 projections (n_in+1)·h·d + output h·d·n_in + n_in</source>
        <translation>paramètres = 3 projections (n_entrée+1)·h·d + sortie h·d·n_entrée + n_entrée</translation>
    </message>
    <message>
        <source>Attention by itself does not know the order of the tokens: shuffle them and every output is shuffled the same way. This layer adds a learned vector for each position (first token, second token, …) to the input, so where a token is becomes part of what it is.</source>
        <translation>L&apos;attention seule ne connaît pas l&apos;ordre des jetons : mélangez-les et chaque sortie est mélangée de la même façon. Cette couche ajoute à l&apos;entrée un vecteur appris pour chaque position (premier jeton, deuxième jeton, …) : la place d&apos;un jeton devient une partie de ce qu&apos;il est.</translation>
    </message>
    <message>
        <source>output[t] = x[t] + P[t]</source>
        <translation>sortie[t] = x[t] + P[t]</translation>
    </message>
    <message>
        <source>parameters = time steps · features</source>
        <translation>paramètres = pas de temps · caractéristiques</translation>
    </message>
    <message>
        <source>Puts one learned extra token in front of the sequence. Through attention it gathers information from every patch; the Vision Transformer classifies from this token alone (a GlobalAveragePooling1D over all tokens does the same job more simply).</source>
        <translation>Place un jeton supplémentaire appris en tête de la séquence. Par l&apos;attention, il rassemble l&apos;information de chaque morceau d&apos;image ; le Vision Transformer classe à partir de ce seul jeton (un GlobalAveragePooling1D sur tous les jetons fait le même travail plus simplement).</translation>
    </message>
    <message>
        <source>output = [c ; x_1 ; … ; x_T]</source>
        <translation>sortie = [c ; x_1 ; … ; x_T]</translation>
    </message>
    <message>
        <source>parameters = features</source>
        <translation>paramètres = caractéristiques</translation>
    </message>
    <message>
        <source>The average of a sequence over its time steps: (T, features) becomes (features,). After attention it summarises every token in one vector for a classifier.</source>
        <translation>La moyenne d&apos;une séquence sur ses pas de temps : (T, caractéristiques) devient (caractéristiques,). Après l&apos;attention, elle résume tous les jetons en un vecteur pour un classifieur.</translation>
    </message>
    <message>
        <source>output = (1/T) Σ_t x[t]</source>
        <translation>sortie = (1/T) Σ_t x[t]</translation>
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
        <source>output {size} = {formula}</source>
        <translation>sortie {size} = {formula}</translation>
    </message>
    <message>
        <source>output height {size} = {formula}</source>
        <translation>hauteur de sortie {size} = {formula}</translation>
    </message>
    <message>
        <source>output width {size} = {formula}</source>
        <translation>largeur de sortie {size} = {formula}</translation>
    </message>
    <message>
        <source>parameters 0 (pooling has nothing to learn)</source>
        <translation>paramètres 0 (le pooling n&apos;a rien à apprendre)</translation>
    </message>
    <message>
        <source>stride {size}</source>
        <translation>pas {size}</translation>
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
        <source>each of the {channels} channels: mean over {size} = {n} values</source>
        <translation>chacun des {channels} canaux : moyenne sur {size} = {n} valeurs</translation>
    </message>
    <message>
        <source>each of the {channels} channels: max over {size} = {n} values</source>
        <translation>chacun des {channels} canaux : maximum sur {size} = {n} valeurs</translation>
    </message>
    <message>
        <source>parameters 0</source>
        <translation>paramètres 0</translation>
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
    <message>
        <source>A layer with memory: at every time step its state is computed from the new input and from its own state one step before, h_t = tanh(x_t·W + h_{t−1}·U + b). The output of the units is fed back to their input, so the network is a dynamical system with an internal state. Long sequences are hard for it: the gradient shrinks (or grows) by the same factor at every step back in time.</source>
        <translation>Une couche avec mémoire : à chaque pas de temps, son état se calcule à partir de la nouvelle entrée et de son propre état au pas précédent, h_t = tanh(x_t·W + h_{t−1}·U + b). La sortie des neurones revient à leur entrée : le réseau est un système dynamique avec un état interne. Les longues séquences lui sont difficiles : le gradient diminue (ou grandit) du même facteur à chaque pas en arrière dans le temps.</translation>
    </message>
    <message>
        <source>h_t = tanh(x_t·W + h_{t−1}·U + b)</source>
        <translation>h_t = tanh(x_t·W + h_{t−1}·U + b)</translation>
    </message>
    <message>
        <source>parameters = n_in·n + n·n + n</source>
        <translation>paramètres = n_entrée·n + n·n + n</translation>
    </message>
    <message>
        <source>Long short-term memory: a recurrent layer with a cell state and three gates (forget, input, output) that decide, at each step, what the memory keeps, what it writes and what it shows. The cell state is updated by addition, so gradients survive many steps back in time — it learns what a simple RNN forgets.</source>
        <translation>Mémoire à long et court terme : une couche récurrente avec un état de cellule et trois portes (oubli, entrée, sortie) qui décident à chaque pas ce que la mémoire garde, écrit et montre. L&apos;état de cellule est mis à jour par addition : les gradients survivent sur de nombreux pas en arrière — elle apprend ce qu&apos;un RNN simple oublie.</translation>
    </message>
    <message>
        <source>c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)</source>
        <translation>c_t = f_t ⊙ c_{t−1} + i_t ⊙ tanh(x_t·W_c + h_{t−1}·U_c + b_c)</translation>
    </message>
    <message>
        <source>parameters = 4·(n_in·n + n·n + n)</source>
        <translation>paramètres = 4·(n_entrée·n + n·n + n)</translation>
    </message>
    <message>
        <source>Gated recurrent unit: a lighter LSTM with two gates (update and reset) and no separate cell state. The update gate mixes the old state and a new candidate, so the layer can keep its memory for many steps.</source>
        <translation>Unité récurrente à portes : un LSTM plus léger avec deux portes (mise à jour et réinitialisation) et sans état de cellule séparé. La porte de mise à jour mélange l&apos;ancien état et un nouveau candidat : la couche peut garder sa mémoire sur de nombreux pas.</translation>
    </message>
    <message>
        <source>h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t</source>
        <translation>h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t</translation>
    </message>
    <message>
        <source>parameters = 3·(n_in·n + n·n + 2·n)  (Keras: two biases)</source>
        <translation>paramètres = 3·(n_entrée·n + n·n + 2·n)  (Keras : deux biais)</translation>
    </message>
    <message>
        <source>Two recurrent layers side by side: one reads the sequence from the first step to the last, the other from the last to the first; their outputs are joined. Each step then knows what comes before and after it. Twice the parameters of one layer.</source>
        <translation>Deux couches récurrentes côte à côte : l&apos;une lit la séquence du premier pas au dernier, l&apos;autre du dernier au premier ; leurs sorties sont jointes. Chaque pas sait alors ce qui vient avant et après lui. Deux fois les paramètres d&apos;une couche.</translation>
    </message>
    <message>
        <source>output = [forward(x) ; backward(x)]</source>
        <translation>sortie = [avant(x) ; arrière(x)]</translation>
    </message>
    <message>
        <source>parameters = 2 · parameters of one layer</source>
        <translation>paramètres = 2 · paramètres d&apos;une couche</translation>
    </message>
</context>
<context>
    <name>ChallengePanel</name>
    <message>
        <source>Best test accuracy</source>
        <extracomment>Opens a handed-in model file (set by the wiring: the editor opens it).</extracomment>
        <translation>Meilleure exactitude au test</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Parameters at most</source>
        <translation>Paramètres au plus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Open the winner&apos;s network</source>
        <translation>Ouvrir le réseau du gagnant</translation>
    </message>
    <message>
        <source>No challenge yet.</source>
        <translation>Pas encore de défi.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitude au test</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Preparing the test data…</source>
        <translation>Préparation des données de test…</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Non fait : {reason}</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>{title}: {dataset}, at most {params} parameters — {state}</source>
        <translation>{title} : {dataset}, au plus {params} paramètres — {state}</translation>
    </message>
</context>
<context>
    <name>Class hub</name>
    <message>
        <source>a message of {size} bytes; at most {limit} are read</source>
        <extracomment>The largest WebSocket frame the hub reads; a larger one closes that connection only. A network spec shared with a run (a 200-layer network is a few hundred KB of JSON). Points of one curve (the app thins a run&apos;s curves to this many). A student&apos;s name: printable (no control characters), shown escaped everywhere. A hand-in&apos;s id, chosen by the app so a resent hand-in counts once.</extracomment>
        <translation>un message de {size} octets ; au plus {limit} sont lus</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>protocol version {got}; this LayerLab speaks version {version}: use the same LayerLab release as the teacher</source>
        <translation>protocole version {got} ; ce LayerLab parle la version {version} : utilisez la même version de LayerLab que l&apos;enseignant</translation>
    </message>
    <message>
        <source>message &apos;{type}&apos;: {problem}</source>
        <translation>message « {type} » : {problem}</translation>
    </message>
    <message>
        <source>not JSON: {problem}</source>
        <translation>pas du JSON : {problem}</translation>
    </message>
    <message>
        <source>{path}: a class saved by a later LayerLab (schema {got}); this one reads schema {version}. Update LayerLab to resume this class.</source>
        <extracomment>The join code&apos;s alphabet: no 0/O, 1/I/L, 2/Z, 5/S, 8/B — nothing read aloud twice.</extracomment>
        <translation>{path} : une classe enregistrée par un LayerLab plus récent (schéma {got}) ; celui-ci lit le schéma {version}. Mettez LayerLab à jour pour reprendre cette classe.</translation>
    </message>
    <message>
        <source>{path}: not a class database ({problem})</source>
        <translation>{path} : pas une base de données de classe ({problem})</translation>
    </message>
    <message>
        <source>{dataset}: a challenge needs a classification dataset</source>
        <extracomment>Address space of the evaluator: TensorFlow reserves ~3 GB of it before doing anything; the models a challenge allows need a few hundred MB more. Test examples kept per challenge (MNIST&apos;s test set is 10,000).</extracomment>
        <translation>{dataset} : un défi demande des données de classification</translation>
    </message>
    <message>
        <source>the evaluation took longer than {seconds} s; stopped</source>
        <translation>l&apos;évaluation a duré plus de {seconds} s ; arrêtée</translation>
    </message>
    <message>
        <source>the evaluation stopped without a score (exit status {code}: out of time or memory, or the model crashed it)</source>
        <translation>l&apos;évaluation s&apos;est arrêtée sans score (code de sortie {code} : plus de temps ou de mémoire, ou le modèle l&apos;a fait planter)</translation>
    </message>
    <message>
        <source>{count} hand-ins are waiting for the hub already</source>
        <extracomment>The last push received (sent on reconnection: the hub resends only what was missed).</extracomment>
        <translation>{count} remises attendent déjà le hub</translation>
    </message>
    <message>
        <source>the hub is gone</source>
        <translation>le hub n&apos;est plus là</translation>
    </message>
    <message>
        <source>not connected to the hub</source>
        <translation>pas connecté au hub</translation>
    </message>
    <message>
        <source>wrong class code</source>
        <extracomment>How a message reaches one student&apos;s open connections (set by the server). A pushed lesson or network (JSON) or project (a .layerlab). How often the latest shared progress and runs are written to the database. Students in one class (each phone that joins is one more): a class never meets it, and a client with the right code cannot fill the database with made-up names. What answers the phone page&apos;s &quot;what does the network say?&quot;: a 28×28 image in 0…1 → 10 probabilities, called in a worker thread (set by the teacher&apos;s window).</extracomment>
        <translation>code de classe erroné</translation>
    </message>
    <message>
        <source>the class is full ({count} students)</source>
        <translation>la classe est pleine ({count} élèves)</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is taken in this class; add an initial</source>
        <translation>le nom « {name} » est déjà pris dans cette classe ; ajoutez une initiale</translation>
    </message>
    <message>
        <source>a drawing needs its label, a digit 0–9</source>
        <translation>un dessin a besoin de son étiquette, un chiffre de 0 à 9</translation>
    </message>
    <message>
        <source>no challenge is running</source>
        <translation>aucun défi en cours</translation>
    </message>
    <message>
        <source>a push is a lesson, a project or a network, not {kind}</source>
        <translation>un envoi est une leçon, un projet ou un réseau, pas {kind}</translation>
    </message>
    <message>
        <source>a push of {size} bytes; at most {limit}</source>
        <translation>un envoi de {size} octets ; au plus {limit}</translation>
    </message>
    <message>
        <source>no student number {student} in this class</source>
        <translation>pas d&apos;élève numéro {student} dans cette classe</translation>
    </message>
    <message>
        <source>a message has 1 to {limit} characters, got {count}</source>
        <translation>un message a de 1 à {limit} caractères, reçu {count}</translation>
    </message>
    <message>
        <source>a challenge allows 1 to 150,000,000 parameters and lasts 10 s to 24 h</source>
        <translation>un défi admet de 1 à 150 000 000 paramètres et dure de 10 s à 24 h</translation>
    </message>
    <message>
        <source>no challenge number {number} with its test data</source>
        <translation>pas de défi numéro {number} avec ses données de test</translation>
    </message>
    <message>
        <source>a {kind} of {size} bytes; the hub takes at most {limit}</source>
        <extracomment>A project handed in (a classroom project with its runs is ~10 MB). A model handed in for a challenge (the MNIST MLP is 1.2 MB; VGG16 would be 530 MB). A drawn digit (a 280×280 canvas as PNG is ~10 KB). A drawing&apos;s sides, in pixels (a phone&apos;s canvas is at most its screen&apos;s width). The size a drawing is kept at: enough to be read as a digit, and to be resized to 28×28.</extracomment>
        <translation>un {kind} de {size} octets ; le hub accepte au plus {limit}</translation>
    </message>
    <message>
        <source>not a .keras model (a .keras file is a zip): {problem}</source>
        <translation>pas un modèle .keras (un fichier .keras est un zip) : {problem}</translation>
    </message>
    <message>
        <source>not a .keras model (no config.json inside)</source>
        <translation>pas un modèle .keras (pas de config.json dedans)</translation>
    </message>
    <message>
        <source>a drawing must be a PNG image, got {format}</source>
        <translation>un dessin doit être une image PNG, reçu : {format}</translation>
    </message>
    <message>
        <source>a drawing of {width}×{height} pixels; sides from 8 to {limit} are taken</source>
        <translation>un dessin de {width}×{height} pixels ; les côtés de 8 à {limit} sont acceptés</translation>
    </message>
    <message>
        <source>not a readable PNG drawing ({problem})</source>
        <translation>pas un dessin PNG lisible ({problem})</translation>
    </message>
    <message>
        <source>the class hub is full ({count} connections)</source>
        <translation>le hub de la classe est plein ({count} connexions)</translation>
    </message>
    <message>
        <source>too many connections from {address} ({count}); close some</source>
        <translation>trop de connexions depuis {address} ({count}) ; fermez-en quelques-unes</translation>
    </message>
    <message>
        <source>no join message in time</source>
        <translation>pas de message d&apos;entrée à temps</translation>
    </message>
    <message>
        <source>the connection ended before joining</source>
        <translation>la connexion s&apos;est terminée avant l&apos;entrée</translation>
    </message>
    <message>
        <source>too many wrong codes from {address}; try again in {seconds} s</source>
        <translation>trop de codes erronés depuis {address} ; réessayez dans {seconds} s</translation>
    </message>
    <message>
        <source>join the class first</source>
        <translation>rejoignez d&apos;abord la classe</translation>
    </message>
    <message>
        <source>too many messages; at most {rate:g} a second are taken</source>
        <translation>trop de messages ; au plus {rate:g} par seconde sont acceptés</translation>
    </message>
    <message>
        <source>already joined</source>
        <translation>déjà entré</translation>
    </message>
    <message>
        <source>wrong teacher secret</source>
        <translation>secret d&apos;enseignant erroné</translation>
    </message>
    <message>
        <source>join the class first (no valid token)</source>
        <extracomment>Only the hub itself: no outside script, style, font or image, no frame around the page. A drawing to predict: a phone&apos;s canvas as a PNG is a few KB. Seconds a prediction may take (one image through a small network takes milliseconds).</extracomment>
        <translation>rejoignez d&apos;abord la classe (pas de jeton valide)</translation>
    </message>
    <message>
        <source>the teacher has no network to answer with yet</source>
        <translation>l&apos;enseignant n&apos;a pas encore de réseau pour répondre</translation>
    </message>
    <message>
        <source>the drawing is empty</source>
        <translation>le dessin est vide</translation>
    </message>
    <message>
        <source>the teacher&apos;s network could not answer: {problem}</source>
        <translation>le réseau de l&apos;enseignant n&apos;a pas pu répondre : {problem}</translation>
    </message>
    <message>
        <source>too many hand-ins at once; try later</source>
        <translation>trop de remises à la fois ; réessayez plus tard</translation>
    </message>
    <message>
        <source>a hand-in needs its id (32 hex digits)</source>
        <translation>une remise a besoin de son identifiant (32 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>a label is one digit 0–9, got {label}</source>
        <translation>une étiquette est un chiffre de 0 à 9, reçu : {label}</translation>
    </message>
    <message>
        <source>no such push for you</source>
        <translation>aucun envoi de ce type pour vous</translation>
    </message>
    <message>
        <source>teacher actions need the teacher&apos;s secret</source>
        <translation>les actions de l&apos;enseignant demandent son secret</translation>
    </message>
</context>
<context>
    <name>ClassDashboard</name>
    <message>
        <source>Class dashboard</source>
        <extracomment>the name column&apos;s widest, in average characters (&quot;Jean-Baptiste Delacroix-Montfort&quot; is elided, its tooltip has it whole): the other columns keep the projector&apos;s width the loss curve&apos;s width, in average characters: a shape a room still reads</extracomment>
        <translation>Tableau de bord de la classe</translation>
    </message>
    <message>
        <source>No class is running: File → Class → Start a class.</source>
        <translation>Aucune classe en cours : Fichier → Classe → Démarrer une classe.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>Class dataset</source>
        <translation>Données de la classe</translation>
    </message>
    <message>
        <source>Find: a name, a lesson, &quot;step 3&quot;…</source>
        <translation>Chercher : un nom, une leçon, « étape 3 »…</translation>
    </message>
    <message>
        <source>Only those stuck on a check</source>
        <translation>Seulement ceux bloqués sur une vérification</translation>
    </message>
    <message>
        <source>to everyone</source>
        <translation>à tous</translation>
    </message>
    <message>
        <source>to the selected student</source>
        <translation>à l&apos;élève choisi</translation>
    </message>
    <message>
        <source>Show their network</source>
        <translation>Montrer son réseau</translation>
    </message>
    <message>
        <source>Push the lesson</source>
        <translation>Envoyer la leçon</translation>
    </message>
    <message>
        <source>Push the project</source>
        <translation>Envoyer le projet</translation>
    </message>
    <message>
        <source>Push the network</source>
        <translation>Envoyer le réseau</translation>
    </message>
    <message>
        <source>A message for the class…</source>
        <translation>Un message pour la classe…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Open the hand-ins</source>
        <translation>Ouvrir les rendus</translation>
    </message>
    <message>
        <source>{name} — code {code} — {address}</source>
        <translation>{name} — code {code} — {address}</translation>
    </message>
    <message>
        <source>The class has ended. Its folder keeps everything.</source>
        <translation>La classe est terminée. Son dossier garde tout.</translation>
    </message>
    <message>
        <source>{name} handed in a project.</source>
        <translation>{name} a rendu un projet.</translation>
    </message>
    <message>
        <source>{name} handed in a model.</source>
        <translation>{name} a rendu un modèle.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) handed in</source>
        <translation>
            <numerusform>%n projet rendu</numerusform>
            <numerusform>%n projets rendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a student first.</source>
        <translation>Choisissez d&apos;abord un élève.</translation>
    </message>
    <message>
        <source>{name} has not shared a network yet (it comes with a run).</source>
        <translation>{name} n&apos;a pas encore partagé de réseau (il arrive avec un entraînement).</translation>
    </message>
    <message>
        <source>Your network is shown on the projector.</source>
        <translation>Votre réseau est affiché au projecteur.</translation>
    </message>
    <message>
        <source>{name} is told their network is shown.</source>
        <translation>{name} est prévenu que son réseau est affiché.</translation>
    </message>
    <message>
        <source>Open a lesson first: its step is what is pushed.</source>
        <translation>Ouvrez d&apos;abord une leçon : c&apos;est son étape qui est envoyée.</translation>
    </message>
    <message>
        <source>There is no project to push.</source>
        <translation>Il n&apos;y a pas de projet à envoyer.</translation>
    </message>
    <message>
        <source>There is no network to push.</source>
        <translation>Il n&apos;y a pas de réseau à envoyer.</translation>
    </message>
    <message>
        <source>Pushed: {title}</source>
        <translation>Envoyé : {title}</translation>
    </message>
    <message>
        <source>Not pushed: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Message envoyé.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
</context>
<context>
    <name>ClassDatasetView</name>
    <message>
        <source>Every digit</source>
        <extracomment>Where &quot;Train on it&quot; hands the exported folder (set by the wiring).</extracomment>
        <translation>Tous les chiffres</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Train on it</source>
        <translation>S&apos;entraîner dessus</translation>
    </message>
    <message>
        <source>Compare with MNIST</source>
        <extracomment>The model to compare with (MNIST&apos;s bundled one; set by the wiring when it is loaded).</extracomment>
        <translation>Comparer avec MNIST</translation>
    </message>
    <message>
        <source>How well the model trained on MNIST reads the class&apos;s own handwriting</source>
        <translation>Dans quelle mesure le modèle entraîné sur MNIST lit l&apos;écriture de la classe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Untick a drawing to reject it (a wrong label); tick it to keep it.</source>
        <translation>Décochez un dessin pour le rejeter (étiquette fausse) ; cochez-le pour le garder.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gardé</translation>
    </message>
    <message>
        <source>{kept} kept, {rejected} rejected</source>
        <translation>{kept} gardés, {rejected} rejetés</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Non modifié : {reason}</translation>
    </message>
    <message>
        <source>Export the class dataset to</source>
        <translation>Exporter les données de la classe vers</translation>
    </message>
    <message>
        <source>No drawing to use yet.</source>
        <translation>Pas encore de dessin à utiliser.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non exporté : {reason}</translation>
    </message>
    <message>
        <source>The MNIST model is still loading; try again in a moment.</source>
        <translation>Le modèle MNIST se charge encore ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Reading the drawings…</source>
        <translation>Lecture des dessins…</translation>
    </message>
    <message>
        <source>Not compared: {reason}</source>
        <translation>Non comparé : {reason}</translation>
    </message>
    <message>
        <source>The MNIST model reads {right} of the class&apos;s {total} drawings ({percent} %).</source>
        <translation>Le modèle MNIST lit {right} des {total} dessins de la classe ({percent} %).</translation>
    </message>
    <message>
        <source>{count} drawings written to {path}</source>
        <translation>{count} dessins écrits dans {path}</translation>
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
        <translation>&amp;Démarrer une classe…</translation>
    </message>
    <message>
        <source>Class &amp;dashboard</source>
        <translation>&amp;Tableau de bord de la classe</translation>
    </message>
    <message>
        <source>Class data&amp;set</source>
        <translation>Données de la cla&amp;sse</translation>
    </message>
    <message>
        <source>&amp;Join a class…</source>
        <translation>&amp;Rejoindre une classe…</translation>
    </message>
    <message>
        <source>&amp;Hand in the project</source>
        <translation>Rendre le &amp;projet</translation>
    </message>
    <message>
        <source>&amp;Leave the class</source>
        <translation>&amp;Quitter la classe</translation>
    </message>
    <message>
        <source>Send to the class dataset</source>
        <translation>Envoyer aux données de la classe</translation>
    </message>
    <message>
        <source>Hand this drawing in with the class chosen beside, for the class dataset</source>
        <translation>Rendre ce dessin avec la classe choisie à côté, pour les données de la classe</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Tableau de bord de la classe</translation>
    </message>
    <message>
        <source>Join a class first (File → Class → Join).</source>
        <translation>Rejoignez d&apos;abord une classe (Fichier → Classe → Rejoindre).</translation>
    </message>
    <message>
        <source>Project handed in (sent now, or when the hub is back).</source>
        <translation>Projet rendu (envoyé maintenant, ou quand le hub sera de retour).</translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation>Dessinez d&apos;abord un chiffre.</translation>
    </message>
    <message>
        <source>The class dataset takes digits: choose a class from 0 to 9.</source>
        <translation>Les données de la classe prennent des chiffres : choisissez une classe de 0 à 9.</translation>
    </message>
    <message>
        <source>Drawing sent to the class dataset as a {label}.</source>
        <translation>Dessin envoyé aux données de la classe comme un {label}.</translation>
    </message>
</context>
<context>
    <name>ComputationGraphView</name>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Numbers, variables, + − * / **, parentheses and exp, log, sqrt, sigmoid, tanh, relu, abs, max, min. E.g. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))</source>
        <translation>Nombres, variables, + − * / **, parenthèses et exp, log, sqrt, sigmoid, tanh, relu, abs, max, min. Par ex. 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))</translation>
    </message>
    <message>
        <source>h for central differences</source>
        <translation>h des différences centrées</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>difference between backpropagation and central differences</source>
        <translation>écart entre la rétropropagation et les différences centrées</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;green: forward value&lt;/span&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;red: gradient flowing back&lt;/span&gt;. Add distributes, mul swaps, max routes, a variable used twice adds.</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;vert : valeur vers l&apos;avant&lt;/span&gt; · &lt;span style=&apos;color:#b3261e&apos;&gt;rouge : gradient qui revient&lt;/span&gt;. L&apos;addition distribue, la multiplication échange, le max aiguille, une variable utilisée deux fois additionne.</translation>
    </message>
</context>
<context>
    <name>ConvSandbox</name>
    <message>
        <source>output height = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</source>
        <translation>hauteur de sortie = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</translation>
    </message>
    <message>
        <source>output width = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</source>
        <translation>largeur de sortie = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}</translation>
    </message>
</context>
<context>
    <name>Convolution</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Flou moyen</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Contours</translation>
    </message>
    <message>
        <source>Strong edge</source>
        <translation>Contours marqués</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Sobel en x</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Sobel en y</translation>
    </message>
    <message>
        <source>Vertical edge (1 0 −1)</source>
        <translation>Contour vertical (1 0 −1)</translation>
    </message>
    <message>
        <source>X filter</source>
        <translation>Filtre en X</translation>
    </message>
    <message>
        <source>Lecture 3×3 (2 2 2 / 1 0 1 / 2 2 2)</source>
        <translation>Le 3×3 du cours (2 2 2 / 1 0 1 / 2 2 2)</translation>
    </message>
    <message>
        <source>Diagonal 2×2 (2 0 / 0 2)</source>
        <translation>Diagonale 2×2 (2 0 / 0 2)</translation>
    </message>
    <message>
        <source>5×5 ⊛ 3×3 (convolution by numbers)</source>
        <translation>5×5 ⊛ 3×3 (la convolution en chiffres)</translation>
    </message>
    <message>
        <source>The slide&apos;s result: 82 68 46 / 45 24 26 / 63 65 51.</source>
        <translation>Le résultat de la diapositive : 82 68 46 / 45 24 26 / 63 65 51.</translation>
    </message>
    <message>
        <source>6×6 image, padding 1, X filter, then max pooling</source>
        <translation>Image 6×6, marge 1, filtre en X, puis max pooling</translation>
    </message>
    <message>
        <source>With one ring of zeros the 6×6 image keeps its size; 2×2 max pooling gives 3×3.</source>
        <translation>Avec un anneau de zéros, l&apos;image 6×6 garde sa taille ; le max pooling 2×2 donne 3×3.</translation>
    </message>
    <message>
        <source>Stride 2 with a vertical-edge filter</source>
        <translation>Pas de 2 avec un filtre de contour vertical</translation>
    </message>
    <message>
        <source>Stride 2 skips every other position: ⌊(5 − 3)/2⌋ + 1 = 2 outputs a row.</source>
        <translation>Un pas de 2 saute une position sur deux : ⌊(5 − 3)/2⌋ + 1 = 2 sorties par ligne.</translation>
    </message>
    <message>
        <source>Max pooling 4×4 → 2×2</source>
        <translation>Max pooling 4×4 → 2×2</translation>
    </message>
    <message>
        <source>The identity kernel passes the input through; pooling keeps each window&apos;s largest.</source>
        <translation>Le noyau identité laisse passer l&apos;entrée ; le pooling garde le plus grand de chaque fenêtre.</translation>
    </message>
    <message>
        <source>Equivariance: 3×3 ⊛ 2×2 (shift it by 1)</source>
        <translation>Équivariance : 3×3 ⊛ 2×2 (décalez de 1)</translation>
    </message>
    <message>
        <source>Shift the input one pixel right: the output moves with it, the pooled 80 stays.</source>
        <translation>Décalez l&apos;entrée d&apos;un pixel à droite : la sortie se déplace avec elle, le 80 après pooling reste.</translation>
    </message>
    <message>
        <source>an image has rows and columns; this has shape {shape}</source>
        <translation>une image a des lignes et des colonnes ; celle-ci a la forme {shape}</translation>
    </message>
    <message>
        <source>The convolution output moved with the input ({n} column): equivariance.</source>
        <translation>La sortie de la convolution s&apos;est déplacée avec l&apos;entrée ({n} colonne) : équivariance.</translation>
    </message>
    <message>
        <source>The convolution output moved with the input ({n} columns): equivariance.</source>
        <translation>La sortie de la convolution s&apos;est déplacée avec l&apos;entrée ({n} colonnes) : équivariance.</translation>
    </message>
    <message>
        <source>The convolution output did not simply move: the shift is not a multiple of the stride, or values crossed the border.</source>
        <translation>La sortie de la convolution ne s&apos;est pas simplement déplacée : le décalage n&apos;est pas un multiple du pas, ou des valeurs ont passé le bord.</translation>
    </message>
    <message>
        <source>After pooling, 0 of {cells} values changed: invariance.</source>
        <translation>Après le pooling, 0 valeur sur {cells} a changé : invariance.</translation>
    </message>
    <message>
        <source>After pooling, {changed} of {cells} values changed.</source>
        <translation>Après le pooling, {changed} valeurs sur {cells} ont changé.</translation>
    </message>
</context>
<context>
    <name>ConvolutionSandbox</name>
    <message>
        <source>Convolution sandbox</source>
        <translation>Bac à sable de convolution</translation>
    </message>
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
        <source>Input numbers</source>
        <translation>Nombres d&apos;entrée</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>Poids du noyau</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>Sortie de la convolution</translation>
    </message>
    <message>
        <source>Pooled output</source>
        <translation>Sortie après pooling</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Après pooling</translation>
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
        <source>kernel {n}</source>
        <translation>noyau {n}</translation>
    </message>
    <message>
        <source>Max pooled</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Average pooled</source>
        <translation>Pooling moyen</translation>
    </message>
    <message>
        <source>Output ({rows}×{cols})</source>
        <translation>Sortie ({rows}×{cols})</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <source>{n} cell(s)/s</source>
        <translation>{n} case(s)/s</translation>
    </message>
    <message>
        <source>Press Step (→) or Play to slide the kernel over the input.</source>
        <translation>Appuyez sur Un pas (→) ou Lecture pour faire glisser le noyau sur l&apos;entrée.</translation>
    </message>
    <message>
        <source>0 of {n} cells</source>
        <translation>0 case sur {n}</translation>
    </message>
    <message>
        <source>output row {i}, column {j}</source>
        <translation>sortie ligne {i}, colonne {j}</translation>
    </message>
    <message>
        <source>pooled row {i}, column {j}</source>
        <translation>pooling ligne {i}, colonne {j}</translation>
    </message>
    <message>
        <source>{n} of {total} cells</source>
        <translation>{n} cases sur {total}</translation>
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
    <message>
        <source>&lt;b&gt;With padding {rings}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avec remplissage {rings}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A corner pixel is inside {corner} window(s) without padding and {padded} with it; the middle pixel ({row}, {col}) is inside {middle}. Padding lets the border be seen as often as the middle.</source>
        <translation>Un pixel de coin est dans {corner} fenêtre(s) sans remplissage et {padded} avec ; le pixel du milieu ({row}, {col}) est dans {middle}. Le remplissage fait voir le bord aussi souvent que le milieu.</translation>
    </message>
</context>
<context>
    <name>CurveFitView</name>
    <message>
        <source>The fitted curve is for networks with one input, on 1-D regression data such as the Noisy sine. This network takes {shape}; try the Sine fit preset (File → New from template).</source>
        <translation>La courbe ajustée est pour les réseaux à une entrée, sur des données de régression 1-D comme le Sinus bruité. Ce réseau prend {shape} ; essayez le modèle Ajustement de sinus (Fichier → Nouveau à partir d&apos;un modèle).</translation>
    </message>
    <message>
        <source>Choose 1-D regression data: the Noisy sine.</source>
        <translation>Choisissez des données de régression 1-D : le Sinus bruité.</translation>
    </message>
    <message>
        <source>The network has {count} outputs; the curve needs one.</source>
        <translation>Le réseau a {count} sorties ; la courbe en demande une.</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>(no dataset)</source>
        <translation>(aucune donnée)</translation>
    </message>
    <message>
        <source>{title} (not installed)</source>
        <translation>{title} (non installé)</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>Vos propres données…</translation>
    </message>
    <message>
        <source>An image folder (one subfolder per class), a CSV table, IDX files or an .npz</source>
        <translation>Un dossier d&apos;images (un sous-dossier par classe), un tableau CSV, des fichiers IDX ou un .npz</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>les données</translation>
    </message>
    <message>
        <source>Fit the output layer</source>
        <translation>Adapter la couche de sortie</translation>
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
    <message>
        <source>MNIST read row by row</source>
        <translation>MNIST lu ligne par ligne</translation>
    </message>
    <message>
        <source>Sine wave to continue</source>
        <translation>Sinusoïde à prolonger</translation>
    </message>
    <message>
        <source>Counting 1s (memory)</source>
        <translation>Compter les 1 (mémoire)</translation>
    </message>
    <message>
        <source>Parity of bits (memory)</source>
        <translation>Parité des bits (mémoire)</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; — each one&apos;s own output over the same plane (orange high, blue low). The output layer combines these pictures.</source>
        <extracomment>A redraw quicker than this asks for the next snapshot before it draws (it is taken while this one is drawn: 30 and more pictures a second); a slower one (a busy machine) waits as long as it took before asking, so the pictures never take more than about half of the window&apos;s time and the training thread, the rest of the window and a background XLA compile keep up.</extracomment>
        <translation>&lt;b&gt;Neurones cachés&lt;/b&gt; — la sortie de chacun sur le même plan (orange haut, bleu bas). La couche de sortie combine ces images.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden units&lt;/b&gt; (orange high, blue low):</source>
        <translation>&lt;b&gt;Neurones cachés&lt;/b&gt; (orange haut, bleu bas) :</translation>
    </message>
    <message>
        <source>The decision boundary is drawn for networks with 2 inputs (points in a plane), such as the XOR, circles, spirals or logic-gate datasets. This network takes {shape}.</source>
        <translation>La frontière de décision se dessine pour les réseaux à 2 entrées (des points d&apos;un plan), comme les données XOR, cercles, spirales ou portes logiques. Ce réseau prend {shape}.</translation>
    </message>
    <message>
        <source>Choose a 2-D dataset (xor, circles, spirals, moons, gaussians or a logic gate) to see the decision boundary.</source>
        <translation>Choisissez des données en 2D (xor, cercles, spirales, lunes, gaussiennes ou une porte logique) pour voir la frontière de décision.</translation>
    </message>
    <message>
        <source>Colour: the network&apos;s output value over the plane.</source>
        <translation>Couleur : la valeur de sortie du réseau sur le plan.</translation>
    </message>
    <message>
        <source>Predicted class over the plane; training accuracy when paused or done.</source>
        <translation>Classe prédite sur le plan ; exactitude d&apos;entraînement à la pause ou à la fin.</translation>
    </message>
    <message>
        <source>Colour: the class the network predicts at each point (paler = less sure). Dots are coloured by their true class: white edge = training example, dark edge = test example. The training accuracy shows when training pauses or ends.</source>
        <translation>Couleur : la classe que le réseau prédit en chaque point (plus pâle = moins sûr). Les points ont la couleur de leur vraie classe : bord blanc = exemple d&apos;entraînement, bord sombre = exemple de test. L&apos;exactitude d&apos;entraînement s&apos;affiche quand l&apos;entraînement est en pause ou fini.</translation>
    </message>
    <message>
        <source>Predicted class over the plane; training accuracy {percent} %.</source>
        <translation>Classe prédite sur le plan ; exactitude d&apos;entraînement {percent} %.</translation>
    </message>
    <message>
        <source>Colour: the class the network predicts at each point (paler = less sure). Dots are coloured by their true class: white edge = training example, dark edge = test example. Training accuracy {percent} %.</source>
        <translation>Couleur : la classe que le réseau prédit en chaque point (plus pâle = moins sûr). Les points ont la couleur de leur vraie classe : bord blanc = exemple d&apos;entraînement, bord foncé = exemple de test. Exactitude d&apos;entraînement {percent} %.</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}: output from {low} to {high}</source>
        <translation>{layer}, neurone {unit} : sortie de {low} à {high}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Enregistrer les modifications de « {name} » ?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;Network files (*.json);;Keras models (*.keras);;All files (*)</source>
        <translation>Projets LayerLab (*.layerlab);;Fichiers de réseau (*.json);;Modèles Keras (*.keras);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Ouvrir un réseau</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>Charger des poids</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Poids Keras (*.weights.h5)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.tsv *.txt)</source>
        <translation>Tableaux CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npz)</source>
        <translation>Tableaux NumPy (*.npz)</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>Vos propres données</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>LayerLab projects (*.layerlab);;Network files (*.json);;All files (*)</source>
        <translation>Projets LayerLab (*.layerlab);;Fichiers de réseau (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>Enregistrer le réseau</translation>
    </message>
    <message>
        <source>Figure size</source>
        <translation>Taille de la figure</translation>
    </message>
    <message>
        <source>Times the size on screen (2 suits slides):</source>
        <translation>Fois la taille à l&apos;écran (2 convient aux diapositives) :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <source>Add this drawing (as the 28×28 image below) to an image-folder dataset: one subfolder per class. Collect your own handwriting and train on it.</source>
        <translation>Ajouter ce dessin (l&apos;image 28×28 ci-dessous) à des données en dossier d&apos;images : un sous-dossier par classe. Rassemblez votre propre écriture et entraînez le réseau dessus.</translation>
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
        <source>The probabilities show once you have answered the lesson&apos;s question.</source>
        <translation>Les probabilités s&apos;affichent une fois que vous avez répondu à la question de la leçon.</translation>
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
    <message>
        <source>No model can answer: {reason}.</source>
        <translation>Aucun modèle ne peut répondre : {reason}.</translation>
    </message>
    <message>
        <source>Answering: &lt;b&gt;your network&lt;/b&gt; ({source}).</source>
        <translation>Réponse de &lt;b&gt;votre réseau&lt;/b&gt; ({source}).</translation>
    </message>
    <message>
        <source>Answering: &lt;b&gt;{name}&lt;/b&gt;. {reason}.</source>
        <translation>Réponse de &lt;b&gt;{name}&lt;/b&gt;. {reason}.</translation>
    </message>
    <message>
        <source>drawing → answer in {ms} ms</source>
        <translation>dessin → réponse en {ms} ms</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>votre dessin</translation>
    </message>
    <message>
        <source>pixel row {row}, column {column}: {value}</source>
        <translation>pixel ligne {row}, colonne {column} : {value}</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation>Dessinez d&apos;abord un chiffre.</translation>
    </message>
    <message>
        <source>Folder of your own dataset (one subfolder per class)</source>
        <translation>Dossier de vos propres données (un sous-dossier par classe)</translation>
    </message>
    <message>
        <source>Could not save the drawing</source>
        <translation>Impossible d&apos;enregistrer le dessin</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger (Ctrl+Z: undo a stroke)</source>
        <translation>Dessinez un chiffre à la souris, au stylet ou au doigt (Ctrl+Z : annuler un trait)</translation>
    </message>
    <message>
        <source>draw a digit here</source>
        <translation>dessinez un chiffre ici</translation>
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
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>test examples</source>
        <translation>exemples de test</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Hover over a point to see its image; click to open it.</source>
        <translation>Survolez un point pour voir son image ; cliquez pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Choose a classification dataset that fits the network (e.g. MNIST with LeNet-5).</source>
        <translation>Choisissez un jeu de données de classification adapté au réseau (p. ex. MNIST avec LeNet-5).</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Experiment board</source>
        <translation>Tableau d&apos;expériences</translation>
    </message>
    <message>
        <source>(as the network)</source>
        <translation>(comme le réseau)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare up to four runs&lt;/b&gt; from the same initial weights and seed: change one setting per run and see what it does.</source>
        <translation>&lt;b&gt;Comparez jusqu&apos;à quatre entraînements&lt;/b&gt; partant des mêmes poids initiaux et de la même graine : changez un réglage par entraînement et voyez son effet.</translation>
    </message>
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
        <source>Validation loss (solid: training)</source>
        <translation>Perte de validation (trait plein : entraînement)</translation>
    </message>
    <message>
        <source>Validation accuracy (solid: training)</source>
        <translation>Exactitude de validation (trait plein : entraînement)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimiseur</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>taille de lot</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>initialiser</source>
        <translation>initialisation</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>best val. acc.</source>
        <translation>meilleure exact. val.</translation>
    </message>
    <message>
        <source>test acc.</source>
        <translation>exact. test</translation>
    </message>
    <message>
        <source>time</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>as set</source>
        <translation>tel que réglé</translation>
    </message>
    <message>
        <source>learning rate × 10</source>
        <translation>taux d&apos;apprentissage × 10</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>The board compares up to {n} runs.</source>
        <translation>Le tableau compare au plus {n} entraînements.</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>entraînement {n}</translation>
    </message>
    <message>
        <source>{what} is running: stop it or let it finish, then start the board.</source>
        <translation>{what} est en cours : arrêtez-le ou laissez-le finir, puis lancez le tableau.</translation>
    </message>
    <message>
        <source>No data to train on: {reason}</source>
        <translation>Pas de données pour l&apos;entraînement : {reason}</translation>
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
        <source>The experiment board</source>
        <translation>Le tableau d&apos;expériences</translation>
    </message>
    <message>
        <source>Training run {n}: epoch {epoch}</source>
        <translation>Entraînement {n} : époque {epoch}</translation>
    </message>
    <message>
        <source>Runs done: {n}.</source>
        <translation>Entraînements terminés : {n}.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Train the runs first.</source>
        <translation>Entraînez d&apos;abord les configurations.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Results written to {name}</source>
        <translation>Résultats écrits dans {name}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Fix the problems in the network first.</source>
        <translation>Corrigez d&apos;abord les problèmes du réseau.</translation>
    </message>
    <message>
        <source>Export an untrained model?</source>
        <translation>Exporter un modèle non entraîné ?</translation>
    </message>
    <message>
        <source>This network has not been trained: the file will hold its random initial weights. Export anyway?</source>
        <translation>Ce réseau n&apos;a pas été entraîné : le fichier contiendra ses poids initiaux aléatoires. Exporter quand même ?</translation>
    </message>
    <message>
        <source>Keras model (*.keras)</source>
        <translation>Modèle Keras (*.keras)</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <source>Saved the model ({source}) as {name}</source>
        <translation>Modèle ({source}) enregistré sous {name}</translation>
    </message>
    <message>
        <source>Cannot load weights</source>
        <translation>Impossible de charger les poids</translation>
    </message>
    <message>
        <source>Loaded the weights of {name}</source>
        <translation>Poids de {name} chargés</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Poids Keras (*.weights.h5)</translation>
    </message>
    <message>
        <source>Saved the weights ({source}) as {name}</source>
        <translation>Poids ({source}) enregistrés sous {name}</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar first.</source>
        <translation>Choisissez d&apos;abord des données dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>Cannot export the script</source>
        <translation>Impossible d&apos;exporter le script</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script Python (*.py)</translation>
    </message>
    <message>
        <source>Wrote {name}: run it with python {name}</source>
        <translation>{name} écrit : lancez-le avec python {name}</translation>
    </message>
    <message>
        <source>Fix the problems listed below first.</source>
        <translation>Corrigez d&apos;abord les problèmes listés ci-dessous.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path} : écriture impossible</translation>
    </message>
    <message>
        <source>Point at a plot, a picture or the network, then press Ctrl+Alt+S</source>
        <translation>Pointez un graphique, une image ou le réseau, puis appuyez sur Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Point at a plot, a picture or the network, then press Ctrl+Shift+C</source>
        <translation>Pointez un graphique, une image ou le réseau, puis appuyez sur Ctrl+Maj+C</translation>
    </message>
    <message>
        <source>Figure copied: paste it into your slides</source>
        <translation>Figure copiée : collez-la dans vos diapositives</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Train the network first.</source>
        <translation>Entraînez d&apos;abord le réseau.</translation>
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
        <source>The loss of this one example: training lowers its average over the training set</source>
        <translation>La perte de ce seul exemple : l&apos;entraînement fait baisser sa moyenne sur l&apos;ensemble d&apos;entraînement</translation>
    </message>
    <message>
        <source>Click a unit of a map to see which input pixels it sees.</source>
        <translation>Cliquez sur un point d&apos;une carte pour voir quels pixels d&apos;entrée il voit.</translation>
    </message>
    <message>
        <source>The network takes {network} but {dataset} examples are {data}: choose a matching dataset or fix the input layer.</source>
        <translation>Le réseau prend {network} mais les exemples de {dataset} sont {data} : choisissez un jeu de données adapté ou corrigez la couche d&apos;entrée.</translation>
    </message>
    <message>
        <source>There are no test examples of this class.</source>
        <translation>Il n&apos;y a aucun exemple de test de cette classe.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <extracomment>The recovery file&apos;s note (when it was written, for which file) is a few hundred bytes.</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Training settings not used</source>
        <translation>Réglages d&apos;entraînement non utilisés</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>Cannot open yet</source>
        <translation>Pas encore possible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>TensorFlow is still loading; try again in a few seconds.</source>
        <translation>TensorFlow se charge encore ; réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <source>Cannot open this model</source>
        <translation>Impossible d&apos;ouvrir ce modèle</translation>
    </message>
    <message>
        <source>Opened {name} with its weights; save it as a project to keep edits</source>
        <translation>{name} ouvert avec ses poids ; enregistrez-le comme projet pour garder les modifications</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>{path}: {reason}. Nothing was lost; choose another place.</source>
        <translation>{path} : {reason}. Rien n&apos;est perdu ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>The recovery file could not be read ({reason}); kept as {name}</source>
        <translation>Le fichier de récupération est illisible ({reason}) ; conservé sous {name}</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>LayerLab did not close normally. Recover the project you were working on ({when})?</source>
        <translation>LayerLab ne s&apos;est pas fermé normalement. Récupérer le projet sur lequel vous travailliez ({when}) ?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>{reason}
The recovery file was kept as {name} in {folder}.</source>
        <translation>{reason}
Le fichier de récupération est conservé sous {name} dans {folder}.</translation>
    </message>
    <message>
        <source>Recovered unsaved work</source>
        <translation>Travail non enregistré récupéré</translation>
    </message>
</context>
<context>
    <name>FilterView</name>
    <message>
        <source>one scale for all</source>
        <translation>une échelle pour tous</translation>
    </message>
    <message>
        <source>each filter its own scale</source>
        <translation>chaque filtre sa propre échelle</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <source>This network has no weights to show as pictures: the filter viewer shows Conv2D kernels, and Dense layers fed by a flattened image.</source>
        <translation>Ce réseau n&apos;a aucun poids à montrer en images : la visionneuse de filtres montre les noyaux Conv2D et les couches Dense alimentées par une image aplatie.</translation>
    </message>
    <message>
        <source>{count} filters × {inputs} input channels (one column per filter, one row per channel), {height}×{width} each</source>
        <translation>{count} filtres × {inputs} canaux d&apos;entrée (une colonne par filtre, une ligne par canal), {height}×{width} chacun</translation>
    </message>
    <message>
        <source>{count} filters</source>
        <translation>{count} filtres</translation>
    </message>
    <message>
        <source>{count} units, each unit&apos;s weights laid out like the input image</source>
        <translation>{count} unités, les poids de chaque unité disposés comme l&apos;image d&apos;entrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: {what}. Hover for values.</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; : {what}. Survolez pour les valeurs.</translation>
    </message>
    <message>
        <source>each filter&apos;s own largest weight</source>
        <translation>le plus grand poids de chaque filtre</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2166ac&apos;&gt;■ negative&lt;/span&gt; · white 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;■ positive&lt;/span&gt; (full colour at {scale})</source>
        <translation>&lt;span style=&apos;color:#2166ac&apos;&gt;■ négatif&lt;/span&gt; · blanc 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;■ positif&lt;/span&gt; (couleur pleine à {scale})</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Gradient size per layer (now)</source>
        <translation>Taille du gradient par couche (maintenant)</translation>
    </message>
    <message>
        <source>mean |∂L/∂w|</source>
        <translation>moyenne de |∂L/∂w|</translation>
    </message>
    <message>
        <source>… over training (first layer light, output dark)</source>
        <translation>… au fil de l&apos;entraînement (première couche claire, sortie foncée)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Histograms over epochs of layer</source>
        <translation>Histogrammes au fil des époques de la couche</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradients ∂L/∂w</translation>
    </message>
    <message>
        <source>Train a network with this tab open: each layer&apos;s gradient size is measured four times a second. Try the presets &lt;i&gt;deep-sigmoid&lt;/i&gt; and &lt;i&gt;deep-relu&lt;/i&gt; (File → New from template) on the spirals: the sigmoid stack&apos;s first layers get almost no gradient.</source>
        <translation>Entraînez un réseau avec cet onglet ouvert : la taille du gradient de chaque couche est mesurée quatre fois par seconde. Essayez les modèles &lt;i&gt;deep-sigmoid&lt;/i&gt; et &lt;i&gt;deep-relu&lt;/i&gt; (Fichier → Nouveau depuis un modèle) sur les spirales : les premières couches de la pile sigmoïde ne reçoivent presque aucun gradient.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean |∂L/∂w| per layer&lt;/b&gt;, first layer → output, averaged over the last {recent} readings of {examples} training examples (log scale). The output layer&apos;s gradients are &lt;b&gt;{ratio}×&lt;/b&gt; the first layer&apos;s.</source>
        <translation>&lt;b&gt;Moyenne de |∂L/∂w| par couche&lt;/b&gt;, de la première couche à la sortie, sur les {recent} dernières mesures de {examples} exemples d&apos;entraînement (échelle log). Les gradients de la couche de sortie valent &lt;b&gt;{ratio}×&lt;/b&gt; ceux de la première couche.</translation>
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
        <source>Sequences</source>
        <translation>Séquences</translation>
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
    <name>JoinDialog</name>
    <message>
        <source>Join a class</source>
        <translation>Rejoindre une classe</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:8765</source>
        <translation>p. ex. 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Code de la classe</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Classes on this network</source>
        <translation>Classes sur ce réseau</translation>
    </message>
    <message>
        <source>Looking for classes…</source>
        <translation>Recherche de classes…</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) found.</source>
        <translation>
            <numerusform>%n classe trouvée.</numerusform>
            <numerusform>%n classes trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No class found: type the address the teacher shows.</source>
        <translation>Aucune classe trouvée : tapez l&apos;adresse que montre l&apos;enseignant.</translation>
    </message>
    <message>
        <source>Cannot look for classes ({reason}): type the address.</source>
        <translation>Impossible de chercher des classes ({reason}) : tapez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The address is HOST:PORT, e.g. 192.168.1.20:8765.</source>
        <translation>L&apos;adresse s&apos;écrit HÔTE:PORT, p. ex. 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the class code and your name.</source>
        <translation>Tapez le code de la classe et votre nom.</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>This network is too big to set every weight by hand, but its convolution kernels can be typed: choose one, type numbers or put in a preset, and see what it finds.</source>
        <translation>Ce réseau est trop grand pour régler chaque poids à la main, mais ses noyaux de convolution peuvent être tapés : choisissez-en un, tapez des nombres ou mettez un noyau prédéfini, et voyez ce qu&apos;il trouve.</translation>
    </message>
    <message>
        <source>kernel </source>
        <translation>noyau </translation>
    </message>
    <message>
        <source>input channel </source>
        <translation>canal d&apos;entrée </translation>
    </message>
    <message>
        <source>(put a preset in)</source>
        <translation>(mettre un noyau prédéfini)</translation>
    </message>
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
    <name>LessonList</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
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
        <translation>Les fichiers de leçons d&apos;un enseignant : choisissez leur dossier</translation>
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
        <source>Progress could not be saved: {reason}</source>
        <translation>La progression n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Open a folder of lessons</source>
        <translation>Ouvrir un dossier de leçons</translation>
    </message>
    <message>
        <source>{source}: id &apos;{id}&apos; is already a shipped lesson</source>
        <translation>{source} : l&apos;identifiant « {id} » est déjà une leçon fournie</translation>
    </message>
    <message>
        <source>{n} lesson(s) added from {folder}</source>
        <translation>Leçons ajoutées depuis {folder} : {n}</translation>
    </message>
    <message>
        <source>; {n} could not be used (marked ⚠)</source>
        <translation> ; {n} inutilisable(s) (marquée(s) ⚠)</translation>
    </message>
    <message>
        <source>Progress (*.json)</source>
        <translation>Progression (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Progress written to {path}</source>
        <translation>Progression écrite dans {path}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>**Your task:** {task}</source>
        <translation>**Votre tâche :** {task}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Leçon suivante ▶</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Terminé ✓</translation>
    </message>
    <message>
        <source>Predict, then run ▶</source>
        <translation>Prédire, puis lancer ▶</translation>
    </message>
    <message>
        <source>the check could not be made: {error}</source>
        <translation>la vérification n&apos;a pas pu être faite : {error}</translation>
    </message>
    <message>
        <source> — look at {where}</source>
        <translation> — regardez {where}</translation>
    </message>
    <message>
        <source>make your prediction first</source>
        <translation>faites d&apos;abord votre prédiction</translation>
    </message>
    <message>
        <source>You predicted {value}. Training… the result comes here.</source>
        <translation>Vous avez prédit {value}. Entraînement… le résultat s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>the run did not start (is another one running?); press the button again</source>
        <translation>l&apos;entraînement n&apos;a pas démarré (un autre est-il en cours ?) ; appuyez à nouveau sur le bouton</translation>
    </message>
    <message>
        <source>Lesson finished: {done} of {total} steps passed.</source>
        <translation>Leçon terminée : {done} étapes réussies sur {total}.</translation>
    </message>
    <message>
        <source>Next lesson: {title} (Next lesson ▶).</source>
        <translation>Leçon suivante : {title} (Leçon suivante ▶).</translation>
    </message>
    <message>
        <source>Make your prediction, then press Predict, then run.</source>
        <translation>Faites votre prédiction, puis appuyez sur « Prédire, puis lancer ».</translation>
    </message>
    <message>
        <source>Training with the solution&apos;s settings… press Check when it ends.</source>
        <translation>Entraînement avec les réglages de la solution… appuyez sur Vérifier à la fin.</translation>
    </message>
    <message>
        <source>This is one solution. Press Check.</source>
        <translation>Voici une solution. Appuyez sur Vérifier.</translation>
    </message>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Choisissez une leçon ci-dessus (double-clic ou Entrée).</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ réussie</translation>
    </message>
    <message>
        <source>Progress could not be saved: {reason}</source>
        <translation>La progression n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Check ✓</source>
        <translation>Vérifier ✓</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one number; type digits with {point} or . as the decimal separator, e.g. -1{point}5</source>
        <translation>« {text} » n&apos;est pas un seul nombre ; tapez des chiffres avec {point} ou . comme séparateur décimal, par ex. -1{point}5</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>{answer} is not it: {hint}</source>
        <extracomment>Run metrics a prediction can be set against (those of the ``run`` check).</extracomment>
        <translation>{answer}, ce n&apos;est pas ça : {hint}</translation>
    </message>
    <message>
        <source>{answer} is not it: {off} too high.</source>
        <translation>{answer}, ce n&apos;est pas ça : {off} de trop.</translation>
    </message>
    <message>
        <source>{answer} is not it: {off} too low.</source>
        <translation>{answer}, ce n&apos;est pas ça : {off} de moins.</translation>
    </message>
    <message>
        <source>Look again at {what}.</source>
        <translation>Regardez à nouveau {what}.</translation>
    </message>
    <message>
        <source>Look again at the numbers.</source>
        <translation>Regardez à nouveau les nombres.</translation>
    </message>
    <message>
        <source>answer the question first</source>
        <translation>répondez d&apos;abord à la question</translation>
    </message>
    <message>
        <source>✓ {answer} is right</source>
        <translation>✓ {answer}, c&apos;est juste</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not it: {hint}</source>
        <translation>« {answer} », ce n&apos;est pas ça : {hint}</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not it; think again</source>
        <translation>« {answer} », ce n&apos;est pas ça ; réfléchissez encore</translation>
    </message>
    <message>
        <source>make your prediction first</source>
        <translation>faites d&apos;abord votre prédiction</translation>
    </message>
    <message>
        <source>choose one of the answers</source>
        <translation>choisissez une des réponses</translation>
    </message>
    <message>
        <source>Run first: your prediction is noted.</source>
        <translation>Lancez d&apos;abord : votre prédiction est notée.</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;: that is what happened</source>
        <translation>Vous aviez prédit « {answer} » : c&apos;est bien ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;; what happened: &apos;{result}&apos;</source>
        <translation>Vous aviez prédit « {answer} » ; ce qui s&apos;est passé : « {result} »</translation>
    </message>
    <message>
        <source>You predicted &apos;{answer}&apos;; compare it with the run</source>
        <translation>Vous aviez prédit « {answer} » ; comparez avec l&apos;entraînement</translation>
    </message>
    <message>
        <source>({measure}: {value})</source>
        <translation>({measure} : {value})</translation>
    </message>
    <message>
        <source>the run has no {measure}</source>
        <translation>l&apos;entraînement n&apos;a pas de {measure}</translation>
    </message>
    <message>
        <source>You predicted {answer}; the run gave {value}: close</source>
        <translation>Vous aviez prédit {answer} ; l&apos;entraînement a donné {value} : proche</translation>
    </message>
    <message>
        <source>You predicted {answer}; the run gave {value} (off by {off})</source>
        <translation>Vous aviez prédit {answer} ; l&apos;entraînement a donné {value} (écart {off})</translation>
    </message>
    <message>
        <source>{what} is {value}; it should be {want}</source>
        <extracomment>Checks one ``all`` may combine: a step asks for a handful of things, never dozens. Kinds that read the student&apos;s answer box; one step has one box.</extracomment>
        <translation>{what} vaut {value} ; il faudrait {want}</translation>
    </message>
    <message>
        <source>{what} is {value}; it should reach {want}</source>
        <translation>{what} vaut {value} ; il faudrait atteindre {want}</translation>
    </message>
    <message>
        <source>{what} is {value}; it should be at most {want}</source>
        <translation>{what} vaut {value} ; il faudrait au plus {want}</translation>
    </message>
    <message>
        <source>✓ {what} is {value}</source>
        <translation>✓ {what} vaut {value}</translation>
    </message>
    <message>
        <source>the network has a problem: {problem}</source>
        <translation>le réseau a un problème : {problem}</translation>
    </message>
    <message>
        <source>✓ the network checks out</source>
        <translation>✓ le réseau est correct</translation>
    </message>
    <message>
        <source>{layer}&apos;s parameter count</source>
        <translation>le nombre de paramètres de {layer}</translation>
    </message>
    <message>
        <source>the parameter count</source>
        <translation>le nombre de paramètres</translation>
    </message>
    <message>
        <source>✓ {layer} gives {shape}</source>
        <translation>✓ {layer} donne {shape}</translation>
    </message>
    <message>
        <source>unknown (fix the problems first)</source>
        <translation>inconnu (corrigez d&apos;abord les problèmes)</translation>
    </message>
    <message>
        <source>{layer} gives {got}; it should give {want}</source>
        <translation>{layer} donne {got} ; il faudrait {want}</translation>
    </message>
    <message>
        <source>there is no valid layer &apos;{layer}&apos;</source>
        <translation>il n&apos;y a pas de couche valide « {layer} »</translation>
    </message>
    <message>
        <source>✓ {layer}.{param} is {value}</source>
        <translation>✓ {layer}.{param} vaut {value}</translation>
    </message>
    <message>
        <source>{layer}.{param} is {value}; it should be {want}</source>
        <translation>{layer}.{param} vaut {value} ; il faudrait {want}</translation>
    </message>
    <message>
        <source>the network has {have} {kind} layer(s){place}; it needs at least {need}</source>
        <translation>le réseau a {have} couche(s) {kind}{place} ; il en faut au moins {need}</translation>
    </message>
    <message>
        <source>✓ {have} {kind} layer(s){place}</source>
        <translation>✓ {have} couche(s) {kind}{place}</translation>
    </message>
    <message>
        <source>early stopping is off; turn it on</source>
        <translation>l&apos;arrêt précoce est désactivé ; activez-le</translation>
    </message>
    <message>
        <source>there is no training setting &apos;{name}&apos;</source>
        <translation>il n&apos;y a pas de réglage d&apos;entraînement « {name} »</translation>
    </message>
    <message>
        <source>{name} is {value}; it should be {want}</source>
        <translation>{name} vaut {value} ; il faudrait {want}</translation>
    </message>
    <message>
        <source>✓ {name} is {value}</source>
        <translation>✓ {name} vaut {value}</translation>
    </message>
    <message>
        <source>{right} of {total} rows right; wrong for {wrong}</source>
        <translation>{right} lignes justes sur {total} ; faux pour {wrong}</translation>
    </message>
    <message>
        <source>✓ all {total} rows right</source>
        <translation>✓ les {total} lignes sont justes</translation>
    </message>
    <message>
        <source>the dataset has no examples to check against</source>
        <translation>les données n&apos;ont pas d&apos;exemples pour vérifier</translation>
    </message>
    <message>
        <source>the accuracy</source>
        <translation>l&apos;exactitude</translation>
    </message>
    <message>
        <source>train first: there is no run yet</source>
        <translation>entraînez d&apos;abord : il n&apos;y a pas encore d&apos;entraînement</translation>
    </message>
    <message>
        <source>the run ended with &apos;{got}&apos;, not &apos;{want}&apos;</source>
        <translation>l&apos;entraînement s&apos;est terminé par « {got} », pas « {want} »</translation>
    </message>
    <message>
        <source>✓ the run ended with &apos;{reason}&apos;</source>
        <translation>✓ l&apos;entraînement s&apos;est terminé par « {reason} »</translation>
    </message>
    <message>
        <source>the run has no {metric}</source>
        <translation>l&apos;entraînement n&apos;a pas de {metric}</translation>
    </message>
    <message>
        <source>after {layer}</source>
        <translation>après {layer}</translation>
    </message>
    <message>
        <source>before {layer}</source>
        <translation>avant {layer}</translation>
    </message>
    <message>
        <source>there is no layer &apos;{layer}&apos;</source>
        <translation>il n&apos;y a pas de couche « {layer} »</translation>
    </message>
    <message>
        <source>there is no {what} layer{place}</source>
        <translation>il n&apos;y a pas de couche {what}{place}</translation>
    </message>
    <message>
        <source>Weights by hand</source>
        <extracomment>The panels a verdict can name (``Place.panel``).</extracomment>
        <translation>Poids à la main</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Training → Start</source>
        <translation>Entraînement → Démarrer</translation>
    </message>
    <message>
        <source>Training, or Weights by hand</source>
        <translation>Entraînement, ou Poids à la main</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>the answer box</source>
        <translation>la case de réponse</translation>
    </message>
    <message>
        <source>the network canvas</source>
        <translation>le plan du réseau</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>les données</translation>
    </message>
    <message>
        <source>the status bar</source>
        <translation>la barre d&apos;état</translation>
    </message>
    <message>
        <source>Properties of {layer}</source>
        <translation>Propriétés de {layer}</translation>
    </message>
    <message>
        <source>Properties of {layer} → {param}</source>
        <translation>Propriétés de {layer} → {param}</translation>
    </message>
    <message>
        <source>Training → {setting}</source>
        <translation>Entraînement → {setting}</translation>
    </message>
    <message>
        <source>the palette → {kind}</source>
        <translation>la palette → {kind}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not a number</source>
        <translation>« {answer} » n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>LoopBridge</name>
    <message>
        <source>the class hub is not running</source>
        <translation>le serveur de classe ne tourne pas</translation>
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
        <source>Training… the network cannot be edited until it stops</source>
        <translation>Entraînement… le réseau n&apos;est pas modifiable avant la fin</translation>
    </message>
    <message>
        <source>Settings not used: {keys} (point here for why).</source>
        <translation>Réglages non utilisés : {keys} (pointez ici pour savoir pourquoi).</translation>
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
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>neurone</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>The {n} test images that excite this unit most</source>
        <translation>Les {n} images de test qui excitent le plus ce neurone</translation>
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
        <source>Se&amp;quences</source>
        <translation>Sé&amp;quences</translation>
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
        <source>epoch</source>
        <extracomment>Epoch points drawn with markers: past this many they blur into the line, and pyqtgraph rebuilds every marker at each redraw (a 1,000-epoch toy run spent most of its GUI time there).</extracomment>
        <translation>époque</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>entraînement {n}</translation>
    </message>
    <message>
        <source>{title} — run {n}</source>
        <translation>{title} — entraînement {n}</translation>
    </message>
    <message>
        <source>run {n}: {label}</source>
        <translation>entraînement {n} : {label}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>{label}: {value} (epoch {epoch})</source>
        <translation>{label} : {value} (époque {epoch})</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>The whole network: click or drag to go there</source>
        <translation>Tout le réseau : cliquez ou faites glisser pour y aller</translation>
    </message>
</context>
<context>
    <name>ModelState</name>
    <message>
        <source>TensorFlow is still loading…</source>
        <translation>TensorFlow est encore en cours de chargement…</translation>
    </message>
    <message>
        <source>Choose a dataset in the toolbar.</source>
        <translation>Choisissez un jeu de données dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>The project&apos;s trained model could not be read: {error}</source>
        <translation>Le modèle entraîné du projet n&apos;a pas pu être lu : {error}</translation>
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
        <translation>Réseau de {name} (lecture seule)</translation>
    </message>
    <message>
        <source>This network cannot be shown: {problem}</source>
        <translation>Ce réseau ne peut pas être affiché : {problem}</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{value} is outside the range: type a number from {low} to {high}.</source>
        <extracomment>the frame of a refused number, drawn over the field (a style sheet would freeze the field&apos;s font at the size it had when marked: presentation mode&apos;s larger text never reached it)</extracomment>
        <translation>{value} est hors de la plage : tapez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <source>{value} is too small: type a number from {low} on.</source>
        <translation>{value} est trop petit : tapez un nombre à partir de {low}.</translation>
    </message>
    <message>
        <source>{value} is too large: type a number up to {high}.</source>
        <translation>{value} est trop grand : tapez un nombre jusqu&apos;à {high}.</translation>
    </message>
    <message>
        <source>The value stays {value}.</source>
        <translation>La valeur reste {value}.</translation>
    </message>
</context>
<context>
    <name>NumberGrid</name>
    <message>
        <source>padding: a zero added around the input</source>
        <translation>remplissage : un zéro ajouté autour de l&apos;entrée</translation>
    </message>
    <message>
        <source>the cell keeps {value}</source>
        <translation>la case garde {value}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Type a number, for example {example}.</source>
        <translation>Tapez un nombre, par exemple {example}.</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is too long for a number ({count} characters; at most {limit}).</source>
        <translation>« {start}… » est trop long pour un nombre ({count} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large for a number; numbers go up to about 1.8e308.</source>
        <translation>« {text} » est trop grand pour un nombre ; les nombres vont jusqu&apos;à environ 1.8e308.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one sign. Write at most one minus in front, for example {example}.</source>
        <translation>« {text} » a plus d&apos;un signe. Écrivez au plus un moins devant, par exemple {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one number here: &apos;{char}&apos; cannot separate groups of digits. Write the digits together (1000 for a thousand) and {points} for the decimals (1{point}5).</source>
        <translation>« {text} » n&apos;est pas un seul nombre ici : « {char} » ne peut pas séparer les groupes de chiffres. Écrivez les chiffres d&apos;un bloc (1000 pour mille) et {points} pour les décimales (1{point}5).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one decimal point. A number has one, written {points}, for example {example}.</source>
        <translation>« {text} » a plus d&apos;un séparateur décimal. Un nombre n&apos;en a qu&apos;un, écrit {points}, par exemple {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Write digits with at most one decimal point ({points}) and an optional minus in front, for example {example} or 2e-3.</source>
        <translation>« {text} » n&apos;est pas un nombre. Écrivez des chiffres avec au plus un séparateur décimal ({points}) et éventuellement un moins devant, par exemple {example} ou 2e-3.</translation>
    </message>
    <message>
        <source>&apos;{point}&apos; or &apos;.&apos;</source>
        <translation>« {point} » ou « . »</translation>
    </message>
</context>
<context>
    <name>OwnDataDialog</name>
    <message>
        <source>Image folder (one subfolder per class)</source>
        <translation>Dossier d&apos;images (un sous-dossier par classe)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tableau CSV (.csv)</translation>
    </message>
    <message>
        <source>IDX files (a folder, MNIST format)</source>
        <translation>Fichiers IDX (un dossier, format MNIST)</translation>
    </message>
    <message>
        <source>NumPy arrays (.npz, Keras style)</source>
        <translation>Tableaux NumPy (.npz, à la Keras)</translation>
    </message>
    <message>
        <source>Your own data</source>
        <extracomment>the tasks a CSV table can be read as (the loader&apos;s words are the data)</extracomment>
        <translation>Vos propres données</translation>
    </message>
    <message>
        <source>choose a file or folder…</source>
        <translation>choisissez un fichier ou un dossier…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>scale each feature to mean 0, spread 1</source>
        <translation>ramener chaque caractéristique à une moyenne 0 et un écart 1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Choose your data, then Preview.</source>
        <translation>Choisissez vos données, puis Aperçu.</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>Utiliser ces données</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Colonne cible</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Choose a file or folder first.</source>
        <translation>Choisissez d&apos;abord un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>{name} looks like {kind}, not {wanted}: choose that kind, or another file.</source>
        <translation>{name} ressemble à : {kind}, pas à : {wanted} ; choisissez ce type, ou un autre fichier.</translation>
    </message>
    <message>
        <source>{name} cannot be used:
{reason}</source>
        <translation>{name} n&apos;est pas utilisable :
{reason}</translation>
    </message>
    <message>
        <source>of shape {shape}</source>
        <translation>de forme {shape}</translation>
    </message>
    <message>
        <source>with 1 feature</source>
        <translation>à 1 caractéristique</translation>
    </message>
    <message>
        <source>with {n} features</source>
        <translation>à {n} caractéristiques</translation>
    </message>
    <message>
        <source>{title}: {train} training and {test} test examples {what}, {task}.</source>
        <translation>{title} : {train} exemples d&apos;entraînement et {test} de test {what}, {task}.</translation>
    </message>
    <message>
        <source>Classes: {list}</source>
        <translation>Classes : {list}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <source>give one row of inputs per 0/1 label</source>
        <translation>donnez une ligne d&apos;entrées par étiquette 0/1</translation>
    </message>
    <message>
        <source>the perceptron rule needs labels 0 and 1</source>
        <translation>la règle du perceptron demande des étiquettes 0 et 1</translation>
    </message>
    <message>
        <source>the learning rate must be positive, got {lr}</source>
        <translation>le taux d&apos;apprentissage doit être positif, reçu {lr}</translation>
    </message>
    <message>
        <source>epochs must be from 1 to {limit}</source>
        <translation>les époques vont de 1 à {limit}</translation>
    </message>
    <message>
        <source>{need} weights are needed, got {got}</source>
        <translation>il faut {need} poids, reçu {got}</translation>
    </message>
    <message>
        <source>converged in epoch {epoch}: every example is on the right side of the line</source>
        <translation>convergé à l&apos;époque {epoch} : chaque exemple est du bon côté de la droite</translation>
    </message>
    <message>
        <source>after epoch {epoch} the weights are back where they were before: the rule will cycle for ever. No line separates these classes (not linearly separable)</source>
        <translation>après l&apos;époque {epoch}, les poids sont revenus à un état déjà vu : la règle tournera en rond sans fin. Aucune droite ne sépare ces classes (pas linéairement séparables)</translation>
    </message>
    <message>
        <source>still making mistakes after {epochs} epochs</source>
        <translation>encore des erreurs après {epochs} époques</translation>
    </message>
    <message>
        <source>the perceptron rule trains one layer of one unit; this network has none</source>
        <translation>la règle du perceptron entraîne une couche d&apos;une seule unité ; ce réseau n&apos;a aucune couche</translation>
    </message>
    <message>
        <source>the perceptron rule trains one layer of one unit; this network has {kinds}</source>
        <translation>la règle du perceptron entraîne une couche d&apos;une seule unité ; ce réseau a {kinds}</translation>
    </message>
    <message>
        <source>the perceptron rule trains one unit; layer &apos;{layer}&apos; has {units}</source>
        <translation>la règle du perceptron entraîne une seule unité ; la couche « {layer} » en a {units}</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; uses {activation}; the perceptron rule is for a step unit (or sigmoid, whose line w·x + b = 0 is the same)</source>
        <translation>la couche « {layer} » utilise {activation} ; la règle du perceptron vaut pour une unité à seuil (ou sigmoïde, dont la droite w·x + b = 0 est la même)</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — right, nothing changes</source>
        <translation>époque {epoch}, exemple {example} : x = ({x}), y = {y}, h(x) = {h} — juste, rien ne change</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {example}: x = ({x}), y = {y}, h(x) = {h} — wrong: {changes} → w = ({weights}), b = {bias}</source>
        <translation>époque {epoch}, exemple {example} : x = ({x}), y = {y}, h(x) = {h} — faux : {changes} → w = ({weights}), b = {bias}</translation>
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
        <source>start from</source>
        <translation>partir de</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>&lt;b&gt;The perceptron rule&lt;/b&gt;: h(x) = step(w·x + b); after each example w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + α·(y − h(x))·x&lt;sub&gt;i&lt;/sub&gt; and b ← b + α·(y − h(x)).</source>
        <translation>&lt;b&gt;La règle du perceptron&lt;/b&gt; : h(x) = échelon(w·x + b) ; après chaque exemple w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + α·(y − h(x))·x&lt;sub&gt;i&lt;/sub&gt; et b ← b + α·(y − h(x)).</translation>
    </message>
    <message>
        <source>{reason}. Open the Perceptron (AND) network (File → New from template) and a logic-gate dataset.</source>
        <translation>{reason}. Ouvrez le réseau Perceptron (ET) (Fichier → Nouveau depuis un modèle) et des données de porte logique.</translation>
    </message>
    <message>
        <source>Choose a dataset: a logic gate (AND, OR, XOR…) or another 2-class 2-D set.</source>
        <translation>Choisissez des données : une porte logique (ET, OU, XOR…) ou un autre ensemble 2D à 2 classes.</translation>
    </message>
    <message>
        <source>{title} does not have the classes 0 and 1 the perceptron rule needs; choose a logic gate (AND, OR, XOR…).</source>
        <translation>{title} n&apos;a pas les classes 0 et 1 dont la règle du perceptron a besoin ; choisissez une porte logique (ET, OU, XOR…).</translation>
    </message>
    <message>
        <source>… (the first {n} updates are listed)</source>
        <translation>… (les {n} premières mises à jour sont listées)</translation>
    </message>
    <message>
        <source>epoch {epoch}, example {n}: x = ({x}), y = {y}, h(x) = {h}</source>
        <translation>époque {epoch}, exemple {n} : x = ({x}), y = {y}, h(x) = {h}</translation>
    </message>
    <message>
        <source> — right, nothing changes</source>
        <translation> — juste, rien ne change</translation>
    </message>
    <message>
        <source> — wrong: {changes} → w = ({weights}), b = {b}</source>
        <translation> — faux : {changes} → w = ({weights}), b = {b}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {n} mistake(s) so far</source>
        <translation>Époque {epoch} : erreurs jusqu&apos;ici : {n}</translation>
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
    <message>
        <source>LSTM digit reader</source>
        <translation>Lecteur de chiffres LSTM</translation>
    </message>
    <message>
        <source>Sine forecaster (SimpleRNN)</source>
        <translation>Prévision de sinus (SimpleRNN)</translation>
    </message>
    <message>
        <source>Small Vision Transformer</source>
        <translation>Petit Vision Transformer</translation>
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
        <extracomment>The layer names Keras builds and TensorFlow&apos;s compiled graphs accept (its scope names are ASCII letters, digits and &apos;_.-/&gt;&apos;; Keras refuses &apos;/&apos;, and &apos;&gt;&apos; is scope syntax). &apos;-&apos; and &apos;.&apos; may come first: Keras builds, compiles and saves such layers.</extracomment>
        <translation>l&apos;identifiant « {id} » contient des caractères que Keras refuse dans les noms de couches</translation>
    </message>
    <message>
        <source>use only letters A–Z and a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>n&apos;utilisez que les lettres A–Z et a–z, les chiffres, « _ », « - » et « . »</translation>
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
    <message>
        <source>{layer} needs a sequence input (time steps, features); got {shape}</source>
        <extracomment>Weight blocks per kind of cell: one for a simple RNN, four gates for an LSTM (input, forget, cell, output), three for a GRU (update, reset, candidate).</extracomment>
        <translation>{layer} a besoin d&apos;une entrée séquentielle (pas de temps, caractéristiques) ; reçu {shape}</translation>
    </message>
    <message>
        <source>no nonlinearity between this layer and Dense &apos;{next}&apos;: without one, consecutive layers collapse into one linear map (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)), so the extra layer adds parameters but can learn nothing one layer could not</source>
        <extracomment>Layers a linear map passes through and stays linear (Dropout scales, Flatten and Reshape move values, an Activation layer set to linear does nothing, BatchNormalization is affine once trained): a Dense on either side of them still collapses with the other.</extracomment>
        <translation>aucune non-linéarité entre cette couche et la Dense « {next} » : sans elle, les couches successives se réduisent à une seule application linéaire (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)) ; la couche en plus ajoute des paramètres mais ne peut rien apprendre qu&apos;une seule couche ne pourrait pas</translation>
    </message>
    <message>
        <source>choose an activation for it such as relu, tanh or sigmoid</source>
        <translation>choisissez-lui une activation comme relu, tanh ou sigmoid</translation>
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
    <name>Project</name>
    <message>
        <source>the training settings of &apos;{name}&apos;</source>
        <translation>les réglages d&apos;entraînement de « {name} »</translation>
    </message>
    <message>
        <source>{problem}. The usual settings are used instead.</source>
        <translation>{problem}. Les réglages habituels sont utilisés à la place.</translation>
    </message>
</context>
<context>
    <name>ProjectState</name>
    <message>
        <source>Input shape for {dataset}</source>
        <translation>Forme d&apos;entrée pour {dataset}</translation>
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
    <message>
        <source>The formula with this layer&apos;s numbers shows once you have answered.</source>
        <translation>La formule avec les nombres de cette couche s&apos;affiche une fois que vous avez répondu.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Train a network to see its test results here.</source>
        <translation>Entraînez un réseau pour voir ici ses résultats de test.</translation>
    </message>
    <message>
        <source>Rows: true class · columns: predicted class · click a cell to see those test examples</source>
        <translation>Lignes : vraie classe · colonnes : classe prédite · cliquez sur une case pour voir ces exemples de test</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>No test evaluation for this run.</source>
        <translation>Pas d&apos;évaluation de test pour cet entraînement.</translation>
    </message>
    <message>
        <source>Test accuracy {percent} %</source>
        <translation>Exactitude de test {percent} %</translation>
    </message>
    <message>
        <source>test loss {value}</source>
        <translation>perte de test {value}</translation>
    </message>
    <message>
        <source>test {metric} {value}</source>
        <translation>{metric} de test {value}</translation>
    </message>
    <message>
        <source>The test results show once you have made your prediction.</source>
        <translation>Les résultats du test s&apos;affichent une fois votre prédiction faite.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count}</source>
        <translation>vrai {true}, prédit {predicted} : {count}</translation>
    </message>
    <message>
        <source>test example {index}: true {true}, predicted {predicted} with {percent} %</source>
        <translation>exemple de test {index} : vrai {true}, prédit {predicted} à {percent} %</translation>
    </message>
    <message>
        <source>Most confident mistakes ({n} shown)</source>
        <translation>Erreurs les plus sûres d&apos;elles ({n} affichées)</translation>
    </message>
    <message>
        <source>No mistakes on the test set</source>
        <translation>Aucune erreur sur l&apos;ensemble de test</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n} test examples</source>
        <translation>Vrai {true}, prédit {predicted} : {n} exemples de test</translation>
    </message>
    <message>
        <source>(first {n})</source>
        <translation>({n} premiers)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The student&apos;s name</source>
        <translation>Le nom de l&apos;élève</translation>
    </message>
    <message>
        <source>Connected to the class now</source>
        <translation>Connecté à la classe en ce moment</translation>
    </message>
    <message>
        <source>The lesson they are on</source>
        <translation>La leçon en cours</translation>
    </message>
    <message>
        <source>The step of the lesson they are on</source>
        <translation>L&apos;étape de la leçon en cours</translation>
    </message>
    <message>
        <source>The checks of their step: ✓ passed, ✗ failed</source>
        <translation>Les vérifications de son étape : ✓ réussie, ✗ échouée</translation>
    </message>
    <message>
        <source>The loss curve of their latest run</source>
        <translation>La courbe de perte de son dernier entraînement</translation>
    </message>
    <message>
        <source>Test accuracy of their latest run</source>
        <translation>L&apos;exactitude au test de son dernier entraînement</translation>
    </message>
    <message>
        <source>Parameters of their network</source>
        <translation>Les paramètres de son réseau</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
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
        <source>Train exactly one batch (or one epoch) and pause, so every view shows the result: gradient descent one step at a time.</source>
        <translation>Entraîner exactement un lot (ou une époque) puis faire pause, pour que chaque vue montre le résultat : la descente de gradient pas à pas.</translation>
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
        <source>Same start as an earlier run: its initial weights, its seed (data split and shuffling) — so the new run differs only in the settings you changed.</source>
        <translation>Même départ qu&apos;un entraînement précédent : ses poids initiaux, sa graine (découpage et mélange des données) — le nouvel entraînement ne diffère que par les réglages modifiés.</translation>
    </message>
    <message>
        <source>Resume  (F6)</source>
        <translation>Reprendre  (F6)</translation>
    </message>
    <message>
        <source>Step  (F10) · {n} queued</source>
        <translation>Un pas  (F10) · {n} en attente</translation>
    </message>
    <message>
        <source>Stepping…  (F10)</source>
        <translation>Pas en cours…  (F10)</translation>
    </message>
    <message>
        <source>new random weights</source>
        <translation>nouveaux poids aléatoires</translation>
    </message>
    <message>
        <source>same start as run {n}</source>
        <translation>même départ que l&apos;entraînement {n}</translation>
    </message>
    <message>
        <source>Run {n}: {label}, seed {seed}</source>
        <translation>Entraînement {n} : {label}, graine {seed}</translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>entraînement précédent</translation>
    </message>
</context>
<context>
    <name>SaliencyView</name>
    <message>
        <source>a test example</source>
        <translation>un exemple de test</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>le dessin</translation>
    </message>
    <message>
        <source>an image file…</source>
        <translation>un fichier image…</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>chaleur</translation>
    </message>
    <message>
        <source>The drawing is {drawing}; this network takes {shape} inputs. Explain a test example or an image file, or the drawing with a network for 28×28 digits (e.g. LeNet-5).</source>
        <translation>Le dessin fait {drawing} ; ce réseau prend des entrées {shape}. Expliquez un exemple de test ou un fichier image, ou le dessin avec un réseau pour chiffres 28×28 (p. ex. LeNet-5).</translation>
    </message>
    <message>
        <source>Choose an image dataset that fits the network, or draw a digit.</source>
        <translation>Choisissez un jeu de données d&apos;images adapté au réseau, ou dessinez un chiffre.</translation>
    </message>
</context>
<context>
    <name>SandboxControls</name>
    <message>
        <source>A test image (downscaled)</source>
        <translation>Une image de test (réduite)</translation>
    </message>
    <message>
        <source>The drawing (downscaled)</source>
        <translation>Le dessin (réduit)</translation>
    </message>
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
        <source>Rows on lines or separated by &quot;;&quot;, numbers by spaces, tabs or commas</source>
        <translation>Lignes sur des lignes ou séparées par « ; », nombres par des espaces, tabulations ou virgules</translation>
    </message>
    <message>
        <source>(choose a kernel)</source>
        <translation>(choisir un noyau)</translation>
    </message>
    <message>
        <source>More kernels give more output maps (channels)</source>
        <translation>Plus de noyaux donnent plus de cartes de sortie (canaux)</translation>
    </message>
    <message>
        <source>valid: no zeros; same: enough zeros to keep the size; n rings</source>
        <translation>valid : pas de zéros ; same : assez de zéros pour garder la taille ; n anneaux</translation>
    </message>
    <message>
        <source>no pooling</source>
        <translation>pas de pooling</translation>
    </message>
    <message>
        <source>= size</source>
        <translation>= taille</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>kernels</source>
        <translation>noyaux</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>remplissage</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>pooling</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>taille du pooling</translation>
    </message>
    <message>
        <source>pool stride</source>
        <translation>pas du pooling</translation>
    </message>
    <message>
        <source>choose an image dataset (e.g. MNIST) to use its test images</source>
        <translation>choisissez des données d&apos;images (par ex. MNIST) pour utiliser leurs images de test</translation>
    </message>
    <message>
        <source>draw a digit first (View → Draw a digit), then pick it here</source>
        <translation>dessinez d&apos;abord un chiffre (Affichage → Dessiner un chiffre), puis choisissez-le ici</translation>
    </message>
</context>
<context>
    <name>SequenceView</name>
    <message>
        <source>input gate (0 dark … 1 light)</source>
        <extracomment>each gate&apos;s picture title as one phrase to translate (&quot;porte d&apos;entrée&quot;, not &quot;porte input&quot;)</extracomment>
        <translation>porte d&apos;entrée (0 sombre … 1 clair)</translation>
    </message>
    <message>
        <source>forget gate (0 dark … 1 light)</source>
        <translation>porte d&apos;oubli (0 sombre … 1 clair)</translation>
    </message>
    <message>
        <source>output gate (0 dark … 1 light)</source>
        <translation>porte de sortie (0 sombre … 1 clair)</translation>
    </message>
    <message>
        <source>update gate (0 dark … 1 light)</source>
        <translation>porte de mise à jour (0 sombre … 1 clair)</translation>
    </message>
    <message>
        <source>reset gate (0 dark … 1 light)</source>
        <translation>porte de réinitialisation (0 sombre … 1 clair)</translation>
    </message>
    <message>
        <source>candidate (−1 … +1)</source>
        <translation>candidat (−1 … +1)</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>Pas de temps :</translation>
    </message>
    <message>
        <source>This view shows networks that read sequences: add a SimpleRNN, LSTM, GRU or MultiHeadAttention layer, or open a preset (File → New from template: LSTM digit reader, Small Vision Transformer).</source>
        <translation>Cette vue montre les réseaux qui lisent des séquences : ajoutez une couche SimpleRNN, LSTM, GRU ou MultiHeadAttention, ou ouvrez un modèle (Fichier → Nouveau depuis un modèle : Lecteur de chiffres LSTM, Petit Vision Transformer).</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network&apos;s input.</source>
        <translation>Choisissez des données qui conviennent à l&apos;entrée du réseau.</translation>
    </message>
    <message>
        <source>a test example</source>
        <translation>un exemple de test</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>le dessin</translation>
    </message>
    <message>
        <source>Test example number</source>
        <translation>Numéro de l&apos;exemple de test</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <source>Draw a digit (View → Draw a digit): it is read as you draw.</source>
        <translation>Dessinez un chiffre (Affichage → Dessiner un chiffre) : il est lu pendant que vous dessinez.</translation>
    </message>
    <message>
        <source>The drawing has {size} pixels; this network reads {shape}. Choose a test example, or a network for 28×28 digits (the LSTM digit reader).</source>
        <translation>Le dessin a {size} pixels ; ce réseau lit {shape}. Choisissez un exemple de test, ou un réseau pour des chiffres 28×28 (le lecteur de chiffres LSTM).</translation>
    </message>
    <message>
        <source>Input: {steps} steps (down) × {features} values</source>
        <translation>Entrée : {steps} pas (vers le bas) × {features} valeurs</translation>
    </message>
    <message>
        <source>State h after each step: {units} units (−1 blue … +1 red)</source>
        <translation>État h après chaque pas : {units} neurones (−1 bleu … +1 rouge)</translation>
    </message>
    <message>
        <source>{gate} gate (0 dark … 1 light)</source>
        <translation>porte {gate} (0 foncé … 1 clair)</translation>
    </message>
    <message>
        <source>{gate} (−1 … +1)</source>
        <translation>{gate} (−1 … +1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;, step {t} of {steps}: the state&apos;s strongest unit is {unit} ({value}). The same weights W and U are used at every step.</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt;, pas {t} sur {steps} : le neurone le plus fort de l&apos;état est {unit} ({value}). Les mêmes poids W et U servent à chaque pas.</translation>
    </message>
    <message>
        <source>On average the forget gate keeps {share} of the memory.</source>
        <translation>En moyenne, la porte d&apos;oubli garde {share} de la mémoire.</translation>
    </message>
    <message>
        <source>Head {head}: rows look at columns</source>
        <translation>Tête {head} : les lignes regardent les colonnes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: {heads} heads; each row is one token (a patch) and how much it takes from every other token (each row sums to 1).</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; : {heads} têtes ; chaque ligne est un jeton (un morceau d&apos;image) et ce qu&apos;il prend à chacun des autres (chaque ligne a pour somme 1).</translation>
    </message>
    <message>
        <source>Rollout: where the answer comes from</source>
        <translation>Rollout : d&apos;où vient la réponse</translation>
    </message>
    <message>
        <source>The rollout follows attention through every block back to the {count} patches.</source>
        <translation>Le rollout suit l&apos;attention à travers chaque bloc jusqu&apos;aux {count} morceaux d&apos;image.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the optimizer</source>
        <translation>l&apos;optimiseur</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>le moment</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>le moment de Nesterov</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>la taille de lot</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>le nombre d&apos;époques</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>la perte</translation>
    </message>
    <message>
        <source>the validation share</source>
        <translation>la part de validation</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>l&apos;arrêt anticipé</translation>
    </message>
    <message>
        <source>keeping the best weights</source>
        <translation>la conservation des meilleurs poids</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>la graine</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>le processeur de calcul</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>les poids de départ</translation>
    </message>
    <message>
        <source>the test accuracy</source>
        <translation>l&apos;exactitude au test</translation>
    </message>
    <message>
        <source>the test loss</source>
        <translation>la perte au test</translation>
    </message>
    <message>
        <source>the training loss</source>
        <translation>la perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>the training accuracy</source>
        <translation>l&apos;exactitude d&apos;entraînement</translation>
    </message>
    <message>
        <source>the validation accuracy</source>
        <translation>l&apos;exactitude de validation</translation>
    </message>
    <message>
        <source>the validation loss</source>
        <translation>la perte de validation</translation>
    </message>
    <message>
        <source>the rise of the validation loss above its lowest</source>
        <translation>la remontée de la perte de validation au-dessus de son minimum</translation>
    </message>
    <message>
        <source>the gap between validation and training loss</source>
        <translation>l&apos;écart entre perte de validation et perte d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source> px right</source>
        <translation> px à droite</translation>
    </message>
    <message>
        <source>Shift the input</source>
        <translation>Décaler l&apos;entrée</translation>
    </message>
    <message>
        <source>Move the input by</source>
        <translation>Décaler l&apos;entrée de</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>Sortie de la convolution</translation>
    </message>
    <message>
        <source>Pooled output</source>
        <translation>Sortie après pooling</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation>Décalé</translation>
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
    <name>StartClassPanel</name>
    <message>
        <source>Start a class</source>
        <translation>Démarrer une classe</translation>
    </message>
    <message>
        <source>My class</source>
        <translation>Ma classe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The network the students&apos; machines are on. 127.0.0.1: this machine only. Use it on a school network you trust: nothing is encrypted.</source>
        <translation>Le réseau où sont les machines des élèves. 127.0.0.1 : cette machine seulement. À utiliser sur un réseau d&apos;école de confiance : rien n&apos;est chiffré.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>Start the class</source>
        <translation>Démarrer la classe</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nom de la classe</translation>
    </message>
    <message>
        <source>Class folder</source>
        <translation>Dossier de la classe</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Adresse réseau</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for the class.</source>
        <translation>{path} est un fichier ; choisissez un dossier pour la classe.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The class could not start: {reason}</source>
        <translation>La classe n&apos;a pas pu démarrer : {reason}</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Code de la classe</translation>
    </message>
    <message>
        <source>In LayerLab: File → Class → Join, or this address</source>
        <translation>Dans LayerLab : Fichier → Classe → Rejoindre, ou cette adresse</translation>
    </message>
    <message>
        <source>Phones and tablets: scan the code, then type the class code</source>
        <translation>Téléphones et tablettes : scannez le code, puis tapez le code de la classe</translation>
    </message>
    <message>
        <source>Open the class dashboard</source>
        <translation>Ouvrir le tableau de bord de la classe</translation>
    </message>
    <message>
        <source>End the class</source>
        <translation>Terminer la classe</translation>
    </message>
    <message>
        <source>QR code of the phone page: {url}</source>
        <translation>Code QR de la page pour téléphone : {url}</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Choose a lesson above (double-click or Enter).</source>
        <translation>Choisissez une leçon ci-dessus (double-clic ou Entrée).</translation>
    </message>
    <message>
        <source>(EN)</source>
        <translation>(EN)</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>votre réponse</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Quitter la leçon</translation>
    </message>
    <message>
        <source>Not translated yet, shown in the lesson&apos;s own language: {fields}</source>
        <translation>Pas encore traduit, affiché dans la langue de la leçon : {fields}</translation>
    </message>
</context>
<context>
    <name>StudentLink</name>
    <message>
        <source>The teacher sees: your name, your lesson progress and your runs&apos; scores.</source>
        <translation>L&apos;enseignant voit : votre nom, votre avancée dans les leçons et les scores de vos entraînements.</translation>
    </message>
    <message>
        <source>Class {name}: connected</source>
        <translation>Classe {name} : connecté</translation>
    </message>
    <message>
        <source>Class: not joined — {reason}</source>
        <translation>Classe : non rejointe — {reason}</translation>
    </message>
    <message>
        <source>Class: offline, working on (reconnecting)</source>
        <translation>Classe : hors ligne, le travail continue (reconnexion)</translation>
    </message>
    <message>
        <source>{count} hand-ins wait for the hub</source>
        <translation>{count} rendus attendent le serveur de classe</translation>
    </message>
    <message>
        <source>Join a class first (File → Class → Join).</source>
        <translation>Rejoignez d&apos;abord une classe (Fichier → Classe → Rejoindre).</translation>
    </message>
    <message>
        <source>From the teacher: {text}</source>
        <translation>De l&apos;enseignant : {text}</translation>
    </message>
    <message>
        <source>The class refused: {reason}</source>
        <translation>La classe a refusé : {reason}</translation>
    </message>
    <message>
        <source>Handed in: the hub has it.</source>
        <translation>Rendu : le serveur de classe l&apos;a reçu.</translation>
    </message>
    <message>
        <source>Your challenge model scored {accuracy} % on the hub&apos;s test data.</source>
        <translation>Votre modèle du défi obtient {accuracy} % sur les données de test du serveur de classe.</translation>
    </message>
    <message>
        <source>The class hub said: {reason}</source>
        <translation>Le serveur de classe a répondu : {reason}</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s lesson “{title}”? Your work is saved first.</source>
        <translation>Ouvrir la leçon de l&apos;enseignant « {title} » ? Votre travail est d&apos;abord enregistré.</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s project “{title}”? Your work is saved first.</source>
        <translation>Ouvrir le projet de l&apos;enseignant « {title} » ? Votre travail est d&apos;abord enregistré.</translation>
    </message>
    <message>
        <source>Open the teacher&apos;s network “{title}”? Your work is saved first.</source>
        <translation>Ouvrir le réseau de l&apos;enseignant « {title} » ? Votre travail est d&apos;abord enregistré.</translation>
    </message>
    <message>
        <source>The teacher sent something</source>
        <translation>L&apos;enseignant a envoyé quelque chose</translation>
    </message>
    <message>
        <source>Kept your work; the teacher&apos;s push was not opened.</source>
        <translation>Votre travail est gardé ; l&apos;envoi de l&apos;enseignant n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Not opened: your work could not be saved first.</source>
        <translation>Non ouvert : votre travail n&apos;a pas pu être enregistré d&apos;abord.</translation>
    </message>
    <message>
        <source>Not opened: {reason}</source>
        <translation>Non ouvert : {reason}</translation>
    </message>
    <message>
        <source>Not opened: the lesson pushed is not readable.</source>
        <translation>Non ouvert : la leçon envoyée est illisible.</translation>
    </message>
    <message>
        <source>Not opened: this LayerLab has no lesson “{id}”.</source>
        <translation>Non ouvert : ce LayerLab n&apos;a pas de leçon « {id} ».</translation>
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
        <source>{what} is running: stop it or let it finish first.</source>
        <translation>{what} est en cours : arrêtez-le ou laissez-le d&apos;abord finir.</translation>
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
        <source>Run {n} did not keep its starting weights (only the latest runs do): choose new random weights or a later run.</source>
        <translation>L&apos;entraînement {n} n&apos;a pas gardé ses poids de départ (seuls les plus récents les gardent) : choisissez de nouveaux poids aléatoires ou un entraînement plus récent.</translation>
    </message>
    <message>
        <source>A run is going: Start (F5) waits until it stops (Stop: Shift+F5).</source>
        <translation>Un entraînement est en cours : Démarrer (F5) attend qu&apos;il s&apos;arrête (Arrêter : Maj+F5).</translation>
    </message>
    <message>
        <source>loading the dataset and TensorFlow…</source>
        <translation>chargement des données et de TensorFlow…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>epoch {epoch} / {epochs}</source>
        <translation>époque {epoch} / {epochs}</translation>
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
        <source>epoch {epoch} / {epochs} · batch {batch} / {steps}</source>
        <translation>époque {epoch} / {epochs} · lot {batch} / {steps}</translation>
    </message>
    <message>
        <source>{rate} samples/s · about {time} left</source>
        <translation>{rate} exemples/s · environ {time} restant</translation>
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
        <source>stopped at epoch {epoch}</source>
        <translation>arrêté à l&apos;époque {epoch}</translation>
    </message>
    <message>
        <source>Stopped after {time}.</source>
        <translation>Arrêté après {time}.</translation>
    </message>
    <message>
        <source>No test evaluation (the run was cut short).</source>
        <translation>Pas d&apos;évaluation de test (l&apos;entraînement a été interrompu).</translation>
    </message>
    <message>
        <source>Run {n} on {dataset}.</source>
        <translation>Entraînement {n} sur {dataset}.</translation>
    </message>
    <message>
        <source>its dataset</source>
        <translation>ses données</translation>
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
        <source>Step size of gradient descent. Too large: the loss jumps or becomes NaN; too small: slow.</source>
        <translation>Taille du pas de la descente de gradient. Trop grande : la perte saute ou devient NaN ; trop petite : lent.</translation>
    </message>
    <message>
        <source>Constant: every step uses the learning rate. Cosine to 0: the rate falls along half a cosine wave to zero at the last step: big steps at first, small ones to settle into the minimum at the end.</source>
        <translation>Constant : chaque pas utilise le taux d&apos;apprentissage. Cosinus jusqu&apos;à 0 : le taux descend le long d&apos;une demi-onde de cosinus jusqu&apos;à zéro au dernier pas : de grands pas au début, de petits à la fin pour se poser dans le minimum.</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>1: stochastic gradient descent · N: mini-batch · full batch: batch gradient descent</source>
        <translation>1 : descente de gradient stochastique · N : mini-lot · lot complet : descente de gradient par lot</translation>
    </message>
    <message>
        <source>Share of the training data kept aside to validate on, from 0 to 0.9</source>
        <translation>Part des données d&apos;entraînement mise de côté pour la validation, de 0 à 0.9</translation>
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
        <source>Where training starts. All zeros: every unit of a layer gets the same gradient and stays identical, so a hidden layer acts like one unit. As set by hand: the numbers in the Weights tab.</source>
        <translation>Point de départ de l&apos;entraînement. Tout à zéro : chaque unité d&apos;une couche reçoit le même gradient et reste identique, donc une couche cachée agit comme une seule unité. Comme réglé à la main : les nombres de l&apos;onglet Poids.</translation>
    </message>
    <message>
        <source>write logs</source>
        <translation>écrire les journaux</translation>
    </message>
    <message>
        <source>Write TensorBoard event files (loss, metrics, weight histograms each epoch); view them with: tensorboard --logdir FOLDER</source>
        <translation>Écrire des fichiers d&apos;événements TensorBoard (perte, métriques, histogrammes des poids à chaque époque) ; les voir avec : tensorboard --logdir DOSSIER</translation>
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
        <source>More settings</source>
        <translation>Plus de réglages</translation>
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
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>cosine to 0</source>
        <translation>cosinus jusqu&apos;à 0</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source> epoch without progress</source>
        <translation> époque sans progrès</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>Dossier des journaux TensorBoard</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>All zero</source>
        <translation>Tout à zéro</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Type a value (-1.5 or -1,5) or scroll over it. To train on from these numbers, choose &lt;i&gt;Initial weights: as set by hand&lt;/i&gt; in the Training tab.</source>
        <translation>Tapez une valeur (-1.5 ou -1,5) ou faites défiler la molette dessus. Pour entraîner à partir de ces nombres, choisissez &lt;i&gt;Poids initiaux : réglés à la main&lt;/i&gt; dans l&apos;onglet Entraînement.</translation>
    </message>
    <message>
        <source>{reason}. Hand-set weights are for small dense networks, like the perceptron (logic gates) and the XOR network.</source>
        <translation>{reason}. Les poids à la main sont faits pour les petits réseaux denses, comme le perceptron (portes logiques) et le réseau XOR.</translation>
    </message>
    <message>
        <source>Choose a dataset that fits the network to see outputs.</source>
        <translation>Choisissez des données adaptées au réseau pour voir les sorties.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prédit</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the network&apos;s output for every row of the truth table</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : la sortie du réseau pour chaque ligne de la table de vérité</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the network&apos;s output for the first {n} test examples</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : la sortie du réseau pour les {n} premiers exemples de test</translation>
    </message>
    <message>
        <source>{right} of {n} right — solved!</source>
        <translation>{right} sur {n} justes — résolu !</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <translation>{right} sur {n} justes</translation>
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
    <message>
        <source>the network has errors, fix them first: {problem}</source>
        <translation>le réseau a des erreurs, corrigez-les d&apos;abord : {problem}</translation>
    </message>
    <message>
        <source>{total} weights are too many to set by hand (at most {limit}); use a smaller network, e.g. the perceptron or XOR presets</source>
        <translation>{total} poids, c&apos;est trop pour les régler à la main (au plus {limit}) ; prenez un réseau plus petit, p. ex. les modèles Perceptron ou XOR</translation>
    </message>
    <message>
        <source>layer &apos;{layer}&apos; is {type}: hand-set weights work for Dense layers only</source>
        <translation>la couche « {layer} » est de type {type} : les poids à la main ne valent que pour les couches Dense</translation>
    </message>
    <message>
        <source>{layer}: bias {unit}</source>
        <translation>{layer} : biais {unit}</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {size} × {channels} channels</source>
        <translation>{layer} : {n} noyaux de {size} × {channels} canaux</translation>
    </message>
    <message>
        <source>{layer}: 1 kernel of {size}</source>
        <translation>{layer} : 1 noyau de {size}</translation>
    </message>
    <message>
        <source>{layer}: {n} kernels of {size}</source>
        <translation>{layer} : {n} noyaux de {size}</translation>
    </message>
    <message>
        <source>a {kernel} kernel does not fit this layer&apos;s {size} kernels</source>
        <translation>un noyau {kernel} ne tient pas dans les noyaux {size} de cette couche</translation>
    </message>
    <message>
        <source>{layer}&apos;s kernels are {size}, not {given}</source>
        <translation>les noyaux de {layer} font {size}, pas {given}</translation>
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
        <source>Class</source>
        <translation>Classe</translation>
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
<context>
    <name>engine</name>
    <message>
        <source>compiled without XLA (the run ended before XLA was ready and measured)</source>
        <extracomment>How long the end of a run waits for XLA&apos;s background compilation (none: a Stop or the last epoch is answered at once; the process waits for it on exit).</extracomment>
        <translation>compilé sans XLA (l&apos;entraînement a fini avant que XLA soit prêt et mesuré)</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>step {number}</source>
        <translation>étape {number}</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>= pool size</source>
        <translation>= taille du pooling</translation>
    </message>
</context>
<context>
    <name>xlachoice</name>
    <message>
        <source>the XLA choice cache {path} was ignored ({problem}); the next choice replaces it</source>
        <translation>le cache du choix XLA {path} a été ignoré ({problem}) ; le prochain choix le remplace</translation>
    </message>
    <message>
        <source>XLA turned off</source>
        <translation>XLA désactivé</translation>
    </message>
    <message>
        <source>remembered {x}x faster here</source>
        <translation>mémorisé : {x} fois plus rapide ici</translation>
    </message>
    <message>
        <source>remembered about as fast here</source>
        <translation>mémorisé : à peu près aussi rapide ici</translation>
    </message>
    <message>
        <source>remembered: XLA was {x}x slower here</source>
        <translation>mémorisé : XLA était {x} fois plus lent ici</translation>
    </message>
    <message>
        <source>convolutions on a CPU: XLA not tried</source>
        <translation>convolutions sur un CPU : XLA pas essayé</translation>
    </message>
    <message>
        <source>a short run: XLA would take longer to compile than to help</source>
        <extracomment>XLA&apos;s compilation takes 1-5 s of processor time on a classroom machine, and only pays back over a run that lasts several times that: a run whose plain steps end sooner skips it. Background compilations still running. A run does not wait for its own (a Stop is answered at once); the process waits for them as it exits, since TensorFlow aborts when its compiler is torn down under a running compilation. 2: each step&apos;s batch is cut in halves that run side by side (``splitstep``) The training steps the whole run will take (set by the loop; None: unknown). A run whose plain steps end sooner than ``XLA_PAYBACK_SECONDS`` never compiles XLA.</extracomment>
        <translation>un entraînement court : XLA mettrait plus de temps à compiler qu&apos;il n&apos;en ferait gagner</translation>
    </message>
</context>
</TS>
