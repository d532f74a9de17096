<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchitectureEditor</name>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="53"/>
        <source>Neural network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="54"/>
        <source>Perceptron (Rosenblatt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="55"/>
        <source>Adaline, batch GD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="56"/>
        <source>Adaline, SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="57"/>
        <source>Logistic regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="109"/>
        <source>Remove the last hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="110"/>
        <source>Add a hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="125"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="155"/>
        <source>&lt;i&gt;Point at a neuron to see its formula and its output over the input plane; point at a link to read its weight.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="215"/>
        <source>set layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="221"/>
        <source>add a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="226"/>
        <source>remove a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="233"/>
        <source>add a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="239"/>
        <source>remove a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="285"/>
        <source>{} weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="363"/>
        <source>output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="363"/>
        <source>hidden layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="364"/>
        <source>← its output over the input plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="378"/>
        <source>from neuron {} of layer {} to neuron {} of layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="390"/>
        <source>{} hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="391"/>
        <source>single neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="427"/>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="430"/>
        <source>output
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="431"/>
        <source>{}
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="434"/>
        <source>layer {}
{} · {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="439"/>
        <source>Remove a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="440"/>
        <source>Add a neuron</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchChooser</name>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="29"/>
        <source>All m examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="29"/>
        <source>One mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="30"/>
        <source>One example (m = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="32"/>
        <source>Mini-batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="32"/>
        <source>size </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="33"/>
        <source>Which mini-batch / which example (from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="34"/>
        <source># </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="72"/>
        <source>misclassifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="72"/>
        <source>SSE  ½Σ(y − z)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="73"/>
        <source>cross-entropy J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="73"/>
        <source>squared error J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="74"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="74"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="165"/>
        <source>Cost and accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="169"/>
        <source>log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="171"/>
        <source>Plot log10 of the cost, as the chapter&apos;s learning-rate slide does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="173"/>
        <source>Pin run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="175"/>
        <source>Keep this run&apos;s curves as a faded overlay to compare with the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="177"/>
        <source>Clear pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="201"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="201"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="206"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="208"/>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="393"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="262"/>
        <source>run {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="314"/>
        <source>{} and accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="125"/>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="301"/>
        <source>Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="136"/>
        <source>a .csv or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="138"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="150"/>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="151"/>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="152"/>
        <source>decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="153"/>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="356"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="168"/>
        <source>standardise the features  (x − μ) / σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="170"/>
        <source>Recommended: features on different scales slow gradient descent down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="171"/>
        <source>drop rows with missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="172"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="174"/>
        <source>features (inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="175"/>
        <source>label (class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="187"/>
        <source>Limits: up to {rows} rows, {mb} MB, {cols} columns and {classes} classes; features must be numbers, the label may be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="203"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="205"/>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="208"/>
        <source>Use this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="212"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="302"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="354"/>
        <source>{rows} rows · {cols} columns · {size} kB · delimiter: {d} · encoding: {e} · {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="356"/>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="387"/>
        <source>Tick at least one feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="389"/>
        <source>Two features: the decision regions are drawn over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="391"/>
        <source>One feature: trains; the regions are drawn along one axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="393"/>
        <source>{} features: the cost, accuracy and confusion matrix are shown; decision regions need exactly two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="466"/>
        <source>, {} rows dropped for missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="467"/>
        <source>Loaded {m} rows, {n} features, {k} classes{dropped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="479"/>
        <source>Loading stopped; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="30"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="31"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="32"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="33"/>
        <source>bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="34"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="36"/>
        <source>decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="37"/>
        <source>decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="59"/>
        <source>{delimiter}; {decimal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="170"/>
        <source>it has no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="174"/>
        <source>line {line} has &apos;{value}&apos;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="177"/>
        <source> (a decimal comma? Choose &apos;,&apos; as the decimal mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="179"/>
        <source> (the other numbers have a decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="181"/>
        <source>&apos;{column}&apos; cannot be a feature: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="183"/>
        <source>&apos;{column}&apos; is not used: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="193"/>
        <source>… and {} more columns that are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="56"/>
        <source>Decision regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="83"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="84"/>
        <source>confusion
(rows: true,
columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="183"/>
        <source>No decision regions: this data has {} input columns ({}), and regions can only be drawn over two. The network trains on all of them; the cost, the accuracy and the confusion matrix show how well it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="209"/>
        <source>class {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="218"/>
        <source>training point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="220"/>
        <source>test point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="221"/>
        <source>misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="234"/>
        <source>confusion on the {}
(rows: true, columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="235"/>
        <source>test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="235"/>
        <source>training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="245"/>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="245"/>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="89"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="102"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="103"/>
        <source>Save the changes to “{}” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="114"/>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="115"/>
        <source>desktop_nn did not close properly last time. Recover the project autosaved at {}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperparametersPanel</name>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="37"/>
        <source>Iris (UCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="37"/>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="37"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="37"/>
        <source>Moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="38"/>
        <source>Spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="38"/>
        <source>Gaussians (overlap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="38"/>
        <source>Blobs (separable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="40"/>
        <source>setosa / versicolor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="41"/>
        <source>versicolor / virginica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="42"/>
        <source>setosa / virginica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="43"/>
        <source>all three (softmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="45"/>
        <source>sigmoid + cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="45"/>
        <source>softmax + cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="46"/>
        <source>linear + squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="47"/>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="47"/>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="47"/>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="47"/>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="48"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="49"/>
        <source>small random ×0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="49"/>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="49"/>
        <source>Xavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="49"/>
        <source>He</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="50"/>
        <source>gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="50"/>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="50"/>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="96"/>
        <source>Share of the data held out as a test set (0 = train on everything, as the chapter does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="97"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="99"/>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="100"/>
        <source>Iris classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="101"/>
        <source>Iris x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="102"/>
        <source>Iris x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="103"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="104"/>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="105"/>
        <source>test share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="108"/>
        <source>Input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="116"/>
        <source>standardise  (x − μ) / σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="128"/>
        <source>Type a value (e.g. 0.03 or 1e-4) and press Enter, or pick a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="141"/>
        <source>Activation of every hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="144"/>
        <source>The single-neuron models start from zeros unless &apos;small random&apos; is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="149"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="150"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="152"/>
        <source>learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="154"/>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="155"/>
        <source>hidden activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="156"/>
        <source>output / loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="157"/>
        <source>initialiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="158"/>
        <source>L2 λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="159"/>
        <source>optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="160"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="161"/>
        <source>stop after epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="229"/>
        <source>Imported: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="316"/>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="316"/>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="316"/>
        <source>mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="326"/>
        <source>“{}” is not a learning rate: type a positive number such as 0.01 or 1e-4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="69"/>
        <source>desktop_nn — neural networks, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="142"/>
        <location filename="../../desktop_nn/ui/main_window.py" line="461"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="143"/>
        <source>Train continuously / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="144"/>
        <source>▶| Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="145"/>
        <source>Train exactly one epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="146"/>
        <source>⟲ Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="147"/>
        <source>Back to the same initial weights (same seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="148"/>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="149"/>
        <source>Draw new initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="150"/>
        <source>Pin run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="151"/>
        <source>Keep this run&apos;s curve to compare with the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="152"/>
        <location filename="../../desktop_nn/ui/main_window.py" line="253"/>
        <source>Step-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="154"/>
        <source>Trace one iteration, formula by formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="155"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="158"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="161"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="165"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="183"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="185"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="189"/>
        <source>&amp;Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="191"/>
        <source>Start the lecture (full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="195"/>
        <source>Go to scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="197"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="198"/>
        <source>About desktop_nn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="200"/>
        <source>desktop_nn {} — neural networks from the perceptron to deep networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_host.py" line="72"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_host.py" line="88"/>
        <source>The interface will be in {} the next time desktop_nn starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="205"/>
        <source>epoch 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="207"/>
        <source>cost —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="209"/>
        <source>0 epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="226"/>
        <source>The lecture scenes cannot be listed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="330"/>
        <source>no hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="371"/>
        <source>epoch {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="373"/>
        <source>cost {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="374"/>
        <source>{} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="448"/>
        <source>The perceptron converged: no misclassification from epoch {} on.  {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="461"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="201"/>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="202"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="203"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="204"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="205"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="207"/>
        <source>Export as Python script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="208"/>
        <source>Export as PyTorch script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="209"/>
        <source>Export weights (.npz)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="210"/>
        <source>Export history (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="211"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="218"/>
        <source>Export {} as image (PNG/SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="262"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="302"/>
        <location filename="../../desktop_nn/ui/project_controller.py" line="311"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="310"/>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="312"/>
        <source>“{}” cannot be shown: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="319"/>
        <source>Opened {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="319"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="332"/>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="333"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="346"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="352"/>
        <source>Saved {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="391"/>
        <source>⚠ Autosave failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="429"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="434"/>
        <source>Recovered the project autosaved at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="486"/>
        <source>Cannot use the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="489"/>
        <source>Imported {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="511"/>
        <source>Train at least one epoch before exporting the run as a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="517"/>
        <location filename="../../desktop_nn/ui/project_controller.py" line="538"/>
        <location filename="../../desktop_nn/ui/project_controller.py" line="550"/>
        <location filename="../../desktop_nn/ui/project_controller.py" line="574"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="520"/>
        <source>Export as PyTorch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="520"/>
        <source>Export as Python script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="521"/>
        <source>Python scripts (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="538"/>
        <source>There are no weights yet: train the network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="540"/>
        <source>Export weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="540"/>
        <source>NumPy arrays (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="550"/>
        <source>There is no history yet: train at least one epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="552"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="552"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="562"/>
        <source>Export {} as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="563"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="574"/>
        <source>Cannot write “{}”: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="576"/>
        <source>Exported {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectHost</name>
    <message>
        <location filename="../../desktop_nn/ui/project_host.py" line="139"/>
        <source>its settings or weights do not fit this version of desktop_nn ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_host.py" line="181"/>
        <source>&apos;{0}&apos; has {1} classes: the single-neuron models separate two. Choose a network in the editor, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../desktop_nn/ui/step_page.py" line="29"/>
        <source>FORWARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/step_page.py" line="30"/>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/step_page.py" line="31"/>
        <source>BACKWARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/step_page.py" line="32"/>
        <source>UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepperPane</name>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="87"/>
        <source>Press Step-through to trace one iteration of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="101"/>
        <source>First step (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="102"/>
        <source>Previous step (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="103"/>
        <source>Next step (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="104"/>
        <source>Last step (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="105"/>
        <source>Step automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="112"/>
        <source> steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="121"/>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="122"/>
        <source>Save the current step as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="123"/>
        <source>Save Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="124"/>
        <source>Save the whole iteration as a Markdown handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="150"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="151"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="152"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="284"/>
        <source>step 1 · m = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="284"/>
        <source>layer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="285"/>
        <source>Computing the forward pass of {} on {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="300"/>
        <source>Tracing the {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="301"/>
        <source>Tracing the {} on {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="323"/>
        <source>{}: {} steps, J = {:.6g}, learning rate α = {:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="361"/>
        <source>Computing the backward pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="395"/>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="395"/>
        <source>output layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="396"/>
        <source>layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="398"/>
        <source>step {} of {} · m = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="418"/>
        <source> (J was {:.6g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="419"/>
        <source>Update applied: the weights now hold the stepped values{}. Next ▶ traces the next iteration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="429"/>
        <source>Next iteration ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="429"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="440"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="443"/>
        <source>▶ Auto-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="495"/>
        <source>Save step as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="500"/>
        <source>Save trace as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../desktop_nn/worker.py" line="106"/>
        <source>Could not build the model: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="108"/>
        <source>The stepped parameters do not fit this model: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="112"/>
        <source>Training failed unexpectedly ({}); the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="163"/>
        <source>The training process could not start: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="294"/>
        <source>The training process ended unexpectedly again (exit code {}); press Play or change a setting to try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="301"/>
        <source>The training process ended unexpectedly (exit code {}); a new one starts again from epoch 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="99"/>
        <source>Training goes on from the step-through&apos;s parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="96"/>
        <source>Stopped after {} epochs (the epoch limit); raise it to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="91"/>
        <source>Training diverged at epoch {0}: the cost became {1}. The plots show the last good state. Try a smaller learning rate (now {2}, e.g. {3}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
