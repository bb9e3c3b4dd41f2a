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
    <name>DatasetPicker</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Your own data…</source>
        <translation>Vos propres données…</translation>
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
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Search layers…</source>
        <translation>Chercher une couche…</translation>
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
        <source>Resumed.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <source>Stopped: the weights trained so far are kept.</source>
        <translation>Arrêté : les poids appris jusqu&apos;ici sont conservés.</translation>
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
        <translation>arrêter après</translation>
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
