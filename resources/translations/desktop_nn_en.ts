<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchitectureEditor</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="58"/>
        <source>Neural network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="59"/>
        <source>Perceptron (Rosenblatt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="60"/>
        <source>Adaline, batch GD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="61"/>
        <source>Adaline, SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="62"/>
        <source>Logistic regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="104"/>
        <source>Remove the last hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="105"/>
        <source>Add a hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="120"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="151"/>
        <source>&lt;i&gt;Point at a neuron to see its formula and its output over the input plane; point at a link to read its weight.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="297"/>
        <source>{} weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="94"/>
        <source>input {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="106"/>
        <source>output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="107"/>
        <source>hidden layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="109"/>
        <source>← its output over the input plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="124"/>
        <source>from neuron {} of layer {} to neuron {} of layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="323"/>
        <source>{} hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="321"/>
        <source>single neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="322"/>
        <source>1 hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="361"/>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="364"/>
        <source>output
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="365"/>
        <source>{}
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="368"/>
        <source>layer {}
{} · {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="373"/>
        <source>Remove a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="374"/>
        <source>Add a neuron</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchChooser</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="29"/>
        <source>All m examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="29"/>
        <source>One mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="30"/>
        <source>One example (m = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="32"/>
        <source>Mini-batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="32"/>
        <source>size </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="33"/>
        <source>Which mini-batch / which example (from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="34"/>
        <source># </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="89"/>
        <source>example x({}) of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="94"/>
        <source>mini-batch {} (columns {}–{} of {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="95"/>
        <source>all {} examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="31"/>
        <source>misclassifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="31"/>
        <source>SSE  ½Σ(y − z)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="32"/>
        <source>cross-entropy J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="32"/>
        <source>squared error J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="33"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="33"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="59"/>
        <source>Cost and accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="66"/>
        <source>log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="68"/>
        <source>Plot log10 of the cost, as the chapter&apos;s learning-rate slide does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="70"/>
        <source>Pin run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="72"/>
        <source>Keep this run&apos;s curves as a faded overlay to compare with the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="74"/>
        <source>Clear pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="98"/>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="200"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="98"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="103"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="105"/>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="339"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="162"/>
        <source>run {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="202"/>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="203"/>
        <source>{} and R² per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="204"/>
        <source>{} and R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="209"/>
        <source>Misclassifications during each epoch, accuracy after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="210"/>
        <source>errors during, accuracy after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="212"/>
        <source>{} and accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="213"/>
        <source>{} and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="95"/>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="224"/>
        <source>Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="105"/>
        <source>a .csv or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="64"/>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="65"/>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="66"/>
        <source>decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="67"/>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="65"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="59"/>
        <source>standardise the features  (x − μ) / σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="62"/>
        <source>Recommended: features on different scales slow gradient descent down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="64"/>
        <source>drop rows with missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="53"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="67"/>
        <source>the label is a number to fit (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="85"/>
        <source>features (inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="86"/>
        <source>label (class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="134"/>
        <source>Limits: up to {rows} rows, {mb} MB, {cols} columns and {classes} classes; features must be numbers, the label may be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="150"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="152"/>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="155"/>
        <source>Use this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="225"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="299"/>
        <source>Unexpected error while reading the file: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="43"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="43"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="66"/>
        <source>{rows} rows · {cols} columns · {size} kB · delimiter: {d} · encoding: {e} · {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="65"/>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="152"/>
        <source>Tick at least one feature column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="154"/>
        <source>Two features: the decision regions are drawn over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="156"/>
        <source>One feature: trains; the regions are drawn along one axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="158"/>
        <source>{} features: the cost, accuracy and confusion matrix are shown; decision regions need exactly two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="354"/>
        <source>, {} rows dropped for missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="358"/>
        <source>Loaded {m} rows, {n} features and numbers to fit ({lo} to {hi}){dropped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="362"/>
        <source>Loaded {m} rows, {n} features, {k} classes{dropped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="322"/>
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
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="178"/>
        <source>it has no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="182"/>
        <source>line {line} has &apos;{value}&apos;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="185"/>
        <source> (a decimal comma? Choose &apos;,&apos; as the decimal mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="187"/>
        <source> (the other numbers have a decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="189"/>
        <source>&apos;{column}&apos; cannot be a feature: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="191"/>
        <source>&apos;{column}&apos; is not used: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="201"/>
        <source>… and {} more columns that are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="70"/>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="123"/>
        <source>Decision regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="97"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="98"/>
        <source>confusion
(rows: true,
columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="265"/>
        <source>No decision regions: this data has {} input columns ({}), and regions can only be drawn over two. The network trains on all of them; the cost, the accuracy and the confusion matrix show how well it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="298"/>
        <source>class {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="307"/>
        <source>training point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="309"/>
        <source>test point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="310"/>
        <source>misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="328"/>
        <source>confusion, {}:
rows true, columns predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="329"/>
        <source>test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="329"/>
        <source>training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="339"/>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="339"/>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="40"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="53"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="54"/>
        <source>Save the changes to “{}” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="66"/>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="67"/>
        <source>desktop_nn did not close properly last time. Recover the project autosaved at {}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionsTable</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="34"/>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="34"/>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="134"/>
        <source>Matrix dimensions of the {} network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="148"/>
        <source>Z, A and dZ have one column per example; b[l] (n[l], 1) is broadcast across the m columns when it is added to W[l] A[l−1]. dW[l] always has the shape of W[l], and db[l] that of b[l].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawData</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="110"/>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="171"/>
        <source>✎ Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="111"/>
        <source>Draw your own data: click adds a point, a drag sprays points, a right-click erases one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="129"/>
        <source>Draw points of class {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="141"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="142"/>
        <source>Remove every point: draw on an empty canvas (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="208"/>
        <source>Drawing a function to fit: a click adds a point (x, y), the input x and the number y to fit; a drag sprays points, a right-click erases the nearest; Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="210"/>
        <source>Drawing: a click adds a point of the chosen class, a drag sprays points, a right-click erases the nearest; Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="276"/>
        <source>The numbers a regression over two inputs fits are colours on the plane: they cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseMode</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="81"/>
        <source>✎ Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="84"/>
        <source>Exercise mode: answer before the step shows its result ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="128"/>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="318"/>
        <source>No question at this step: read it, then go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="177"/>
        <source>Computing the forward pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="308"/>
        <source>Score: {} / {} correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="310"/>
        <source> · {} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="325"/>
        <source>Hint: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="342"/>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="344"/>
        <source>The value is {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="346"/>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="347"/>
        <source>You typed {}; the right value is {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="350"/>
        <source>Revealed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="54"/>
        <source>your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="56"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="56"/>
        <source>Mark the answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="58"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="59"/>
        <source>First the formula, then the numbers that go in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="60"/>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="61"/>
        <source>Show the value and its working (counts as skipped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseSet</name>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="60"/>
        <source>Exercise set — desktop_nn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="70"/>
        <source>The layer sizes n[0], …, n[L], e.g. 2, 3, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="76"/>
        <source>Give each student a seed of their own: the same questions with other numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="83"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="89"/>
        <source>Reset answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="94"/>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="241"/>
        <source>Export worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="97"/>
        <source>PDF (to print)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="98"/>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="99"/>
        <source>HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="111"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="112"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="113"/>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="213"/>
        <source>{} / {} correct ({} answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="225"/>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="236"/>
        <source>Generate a set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="230"/>
        <source>The worksheet could not be written: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="238"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="238"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="239"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="80"/>
        <source>Answer to question {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="81"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="84"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="117"/>
        <source>a number, e.g. 0,25 or 1/4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="118"/>
        <source>rows × columns, e.g. (4, 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="119"/>
        <source>+, − or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="120"/>
        <source>a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="140"/>
        <source>✔ Right: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="142"/>
        <source>✘ Not right: the answer is {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="148"/>
        <source>Working: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="157"/>
        <source>Hint: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="164"/>
        <source>The numbers: {}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="55"/>
        <source>Type an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="56"/>
        <source>“{text}” is not a number: type e.g. 0.25, 0,25, -1/2 or 1e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="57"/>
        <source>“{text}” divides by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="58"/>
        <source>“{text}” is not a shape: type the numbers of rows and columns, e.g. (4, 3) or 4x3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="60"/>
        <source>“{text}” is not a sign: type +, - or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="61"/>
        <source>“{text}” is not one of the options {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="62"/>
        <source>Right within 1 % of the exact value (within 0.0001 when it is that close to 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="64"/>
        <source>Must be exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="28"/>
        <source>Perceptron: what is the net input z for the flower x({i})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="29"/>
        <source>Perceptron: what does it predict for the flower x({i}), ŷ = + (versicolor) or − (setosa)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="31"/>
        <source>Perceptron: by how much does the learning rule change w₁ on this flower (Δw₁)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="33"/>
        <source>Perceptron: what is {name} after the update on the flower x({i})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="34"/>
        <source>Adaline: what is the error e of the first flower before the step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="35"/>
        <source>Adaline, one batch gradient-descent step on the {m} flowers: what is {name} after the step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="37"/>
        <source>Adaline: what is the cost J after that one step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="38"/>
        <source>Logistic regression: what is the output a of the first flower before the step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="40"/>
        <source>Logistic regression: what is the cost J over the {m} flowers before the step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="42"/>
        <source>Logistic regression, one gradient-descent step: what is {name} after the step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="45"/>
        <source>z = wᵀx + b = w₁x₁ + w₂x₂ + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="46"/>
        <source>ŷ = +1 if z ≥ 0, else −1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="47"/>
        <source>Δwⱼ = η (y − ŷ) xⱼ,  wⱼ := wⱼ + Δwⱼ,  b := b + η (y − ŷ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="48"/>
        <source>e = y − z with z = wᵀx + b (Adaline&apos;s activation is linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="49"/>
        <source>e = y − (Xw + b),  w := w + η Xᵀe,  b := b + η Σ e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="50"/>
        <source>J = ½ Σ e², with the errors of the new weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="51"/>
        <source>a = σ(z) = 1 / (1 + e^(−z)),  z = wᵀx + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="52"/>
        <source>J = −(1/m) Σ [t log a + (1 − t) log(1 − a)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="53"/>
        <source>dz = a − t,  dw = (1/m) Xᵀdz,  db = (1/m) Σ dz,  w := w − α dw,  b := b − α db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="56"/>
        <source>{name} = {terms} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="57"/>
        <source>z = {z}, so ŷ = {yhat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="58"/>
        <source>Δw₁ = η (y − ŷ) x₁ = {eta} · ({y} − {yhat}) · {x} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="59"/>
        <source>{name} := {before} + {eta} · ({y} − {yhat}) · {x} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="60"/>
        <source>e = y − z = {y} − {z} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="61"/>
        <source>errors e = {e}; {name} := {before} + {eta} · {sum} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="62"/>
        <source>new weights w = {w}, b = {b}; errors e = {e}; J = ½ Σ e² = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="63"/>
        <source>z = {z}, a = σ({z}) = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="64"/>
        <source>t = {t}, a = {a}: J = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="65"/>
        <source>dz = a − t = {dz}; {name} := {before} − {alpha} · {grad} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="18"/>
        <source>What is the entry of {name} in row {row}, column {col}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="19"/>
        <source>What is the entry of {name} in row {row}, column {col} after the update?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="21"/>
        <source>Is the entry of {name} in row {row}, column {col} positive, negative or zero? Type +, - or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="30"/>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="23"/>
        <source>What is the shape of {name}? Type (rows, columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="25"/>
        <source>{formula}: row {row} of {W} times column {col} of {A} (multiply entry by entry, then add up), plus entry {row} of {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="27"/>
        <source>{formula}: apply {g} to the entry of {Z} in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="28"/>
        <source>{formula}: e to the entry of {Z}, divided by the sum of e to every entry of column {col} of {Z}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="30"/>
        <source>{formula}: the entry of {left} minus the entry of {right} in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="32"/>
        <source>{formula}: the entry of {left} times the entry of {right} in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="34"/>
        <source>{formula}: row {row} of {dZ} times column {col} of {AT} (multiply entry by entry, then add up), divided by m = {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="36"/>
        <source>{formula}: the sum of row {row} of {dZ}, divided by m = {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="37"/>
        <source>{formula}: row {row} of {WT} times column {col} of {dZ} (multiply entry by entry, then add up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="39"/>
        <source>{formula}: the entry of {P} minus α = {alpha} times the entry of {dP} in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="41"/>
        <source>{hint} Only its sign is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="42"/>
        <source>{formula}: a (p, q) · (q, r) product is (p, r); + − * keep the shape (a (p, 1) column is copied across the columns); a function g acts entry by entry; a sum over the columns leaves one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="46"/>
        <source>The numbers: {operands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="47"/>
        <source>row {row} of {name} = {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="48"/>
        <source>column {col} of {name} = {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="49"/>
        <source>{name}[{row}, {col}] = {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="50"/>
        <source>{name} is {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="51"/>
        <source>The operands&apos; shapes: {operands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="53"/>
        <source>{lhs} = {expression} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="54"/>
        <source>{lhs} = {expression} = {value}: {sign}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="55"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="55"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="56"/>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="57"/>
        <source>(Σ of {n} products = {sum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="58"/>
        <source>(Σ of {n} entries = {sum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="39"/>
        <source>easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="40"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="41"/>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="65"/>
        <source>Exercise set: network {dims}, seed {seed}, {difficulty}</source>
        <extracomment>which questions each difficulty asks, in order (&quot;L&quot; is the output layer, &quot;L-1&quot; the one below; a question the network cannot ask, like dZ[L-1] of a single layer, is left out)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="66"/>
        <source>The network n = {dims}: hidden layers {hidden}, output {output}, learning rate α = {alpha}. The example x({i}) is one of {m} points of the data set “{data}”; its label is y({i}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="69"/>
        <source>The chapter&apos;s network n = {dims} (L = {L}), with m = {m} examples in the columns of X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="71"/>
        <source>Perceptron, learning rate η = {eta}, on one Iris flower: x₁ = sepal length, x₂ = petal length (cm); y = −1 for setosa, +1 for versicolor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="74"/>
        <source>Adaline, learning rate η = {eta}, one batch step on {m} Iris flowers (the rows of X); y = −1 for setosa, +1 for versicolor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="76"/>
        <source>Logistic regression, learning rate α = {alpha}, one step on {m} Iris flowers (the rows of X); t = 1 for versicolor, 0 for setosa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="78"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="29"/>
        <source>The cost of the example x({i}) alone: what is J?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="31"/>
        <source>W[l] is (n[l], n[l−1]): one row per unit of layer l, one column per unit of layer l−1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="33"/>
        <source>{formula} with a = {a} and y = {y}: J = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="34"/>
        <source>{name} is (n[{l}], n[{p}]) = {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="29"/>
        <source>Seed {seed} · network n = {dims} · difficulty {difficulty} · {count} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="31"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="32"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="33"/>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="34"/>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="35"/>
        <source>The keys are the app&apos;s own numbers for seed {seed}; an answer is right within 1 % of the key (shapes and signs exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="37"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="38"/>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="39"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="40"/>
        <source>rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="41"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="89"/>
        <source>each hidden unit learns a different feature</source>
        <extracomment>every question&apos;s countdown unless it gives its own, and whether it starts on arrival the data a question may use: name → (number of examples, features); Iris as the slides select it the statements of the zero-initialisation question, in order (a, b, c); which are true is read from the run (see zero_init_reveal)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="90"/>
        <source>the hidden units stay identical (copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="91"/>
        <source>the cost diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="102"/>
        <source>a question scene needs &apos;hide&apos;, the value the class predicts: one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="105"/>
        <source>&apos;hide&apos; = &apos;{hide}&apos; is not a value this app can compute; one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="111"/>
        <source>&apos;{key}&apos; does not apply to the question &apos;{hide}&apos; (it uses: {uses})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="114"/>
        <source>&apos;question&apos; is empty: write the question the class sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="118"/>
        <source>&apos;countdown&apos; must be from {lo} to {hi} seconds, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="121"/>
        <source>&apos;data&apos; = &apos;{value}&apos; is not a data set; one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="124"/>
        <source>&apos;example&apos; must be from 0 to {last} (&apos;{data}&apos; has {m} examples), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="128"/>
        <source>&apos;eta&apos; must be a learning rate above 0, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="130"/>
        <source>&apos;epochs&apos; must be from 1 to {hi} for a question, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="139"/>
        <source>&apos;options&apos; must list {lo} to {hi} learning rates to choose from, got {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="143"/>
        <source>&apos;options&apos; must be learning rates above 0, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="151"/>
        <source>&apos;layer_dims&apos; must start with n[0] = 2: the data has 2 features, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="154"/>
        <source>&apos;layer_dims&apos; must end with n[L] = 1: one sigmoid unit for two classes, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="157"/>
        <source>&apos;layer_dims&apos; needs a hidden layer for &apos;{hide}&apos;, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="161"/>
        <source>&apos;activations&apos; must give one activation per layer, {L} for layer_dims = {dims}, got {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="166"/>
        <source>&apos;activations&apos; names &apos;{name}&apos;, which is not a hidden activation; one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="171"/>
        <source>the last of &apos;activations&apos; is the output layer&apos;s and must be {names}, got &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="174"/>
        <source>&apos;layer&apos; must be from 1 to L = {L}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="246"/>
        <source>Iris (setosa −1, versicolor +1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="247"/>
        <source>standardised Iris (setosa −1, versicolor +1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="248"/>
        <source>moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="248"/>
        <source>circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="249"/>
        <source>xor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="249"/>
        <source>blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="250"/>
        <source>spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="251"/>
        <source>gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="261"/>
        <source>α = {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="279"/>
        <source>“{text}” has {n} numbers; the answer has {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="86"/>
        <source>AdalineGD(epochs={epochs}, eta=…).train(X, y) on {data}, w = 0 at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="90"/>
        <source>every W[l] and b[l] = 0 at the start; α = {eta}, {epochs} epochs on {data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="97"/>
        <source>network n = {dims}, g = {acts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="117"/>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="182"/>
        <source>example {k}: x = ({x1}, {x2}), y = {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="119"/>
        <source>before it: w = [w₀, w₁, w₂] = {w}, η = {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="122"/>
        <source>z = w₀ + w₁x₁ + w₂x₂ = {z}, so ŷ = {y_hat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="124"/>
        <source>update = η (y − ŷ) = {eta} × ({y} − {y_hat}) = {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="126"/>
        <source>w := w + update · [1, x₁, x₂] = {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="146"/>
        <source>{m} flowers of {data}; w = 0 at the start, α = {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="148"/>
        <source>before the step: J = ½ Σ (y − ŷ)² = {J}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="151"/>
        <source>errors = y − ŷ = y (ŷ = 0 for every flower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="152"/>
        <source>Δw = α Xᵀ errors = {dw}, Δw₀ = α Σ errors = {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="154"/>
        <source>J = ½ Σ (y − w₀ − Xw)² = {J}: {verb} from {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="155"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="156"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="180"/>
        <source>trained {epochs} epochs on {data} (α = {eta})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="184"/>
        <source>the network outputs a[{L}] = σ(z[{L}]) = {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="187"/>
        <source>sigmoid output with the cross-entropy: g′ cancels, dZ[{L}] = A[{L}] − Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="188"/>
        <source>dZ[{L}] = {a} − {y} = {dz}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="212"/>
        <source>n = {dims}: L = {L} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="215"/>
        <source>dW[{l}] has the shape of W[{l}]: (n[{l}], n[{p}]) = {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="217"/>
        <source>W[{l}] A[{p}] is ({n}, {n_prev}) × ({n_prev}, m) → ({n}, m), the shape of Z[{l}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="247"/>
        <location filename="../../desktop_nn/exercises/predict.py" line="56"/>
        <source>diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="248"/>
        <source>does not diverge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="249"/>
        <source>{letter}) α = {rate}: SSE {first} → {last} after {n} epochs: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="254"/>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="283"/>
        <source>none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="276"/>
        <source>epoch {n}: the rows of W[1] are equal, max |W[1]ᵢ − W[1]₁| = {spread}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="278"/>
        <source>epoch {n}: the rows of W[1] differ, max |W[1]ᵢ − W[1]₁| = {spread}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="280"/>
        <source>equal weights, equal gradients: the units stay copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="282"/>
        <source>cost J = {first} → {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="54"/>
        <source>falls</source>
        <extracomment>the cost curve&apos;s shapes a student may predict, in the order they are offered each shape&apos;s name as shown (translated in the &quot;Exercises&quot; context)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="55"/>
        <source>crawls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="57"/>
        <source>oscillates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="67"/>
        <source>excellent</source>
        <extracomment>a curve that fell by less than this share of its first value crawls rises smaller than this share of the first cost are rounding, not oscillation the overlap score in words: (lowest score, words), best first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="68"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="69"/>
        <source>partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="70"/>
        <source>far off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="128"/>
        <source>Fit ŷ over the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="135"/>
        <source>No plot of the fit: this data has {} input columns ({}), and ŷ can only be drawn over one or two. The network trains on all of them; RMSE and R² show how well it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="188"/>
        <source>parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="205"/>
        <source>test point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="208"/>
        <source>training point (x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="210"/>
        <source>fit ŷ(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="212"/>
        <source>residual y − ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="215"/>
        <source>low ŷ, low y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="217"/>
        <source>high ŷ, high y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="219"/>
        <source>training point, coloured by y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="249"/>
        <source>No hidden layer: ŷ = W[1] x + b[1] is a weighted sum of the input features, with no parts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="253"/>
        <source>Hidden units&apos; parts are drawn for one hidden layer. This network has {}: its output adds up the units of the last one, which are already functions of the layers before, not pieces of x alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="260"/>
        <source>Hidden units&apos; parts a[1]ⱼ · W[2]ⱼ (blue adds, orange subtracts) + b[2] (dashed) = the fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="278"/>
        <source>test RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="279"/>
        <source>training RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="282"/>
        <source>training set: RMSE {}, R² {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="41"/>
        <source>A single neuron of the chapter separates two classes: to fit numbers the model is now a neural network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="45"/>
        <source>Numbers to fit: the output is linear with the squared error J = (1/2m) Σ (a − y)², the chapter&apos;s Adaline cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="56"/>
        <source>This data has one input x: only the features of x (x₁, x₁², sin x₁) can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="58"/>
        <source>This data has two inputs: the input features are x₁ and x₂ again (the Input features tab adds more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientGrid</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="43"/>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="44"/>
        <source>small (×0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="45"/>
        <source>Xavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="46"/>
        <source>He</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="47"/>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="48"/>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="49"/>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientGridWindow</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="82"/>
        <source>Gradient flow through depth</source>
        <extracomment>the y range every cell shares, so that the cells compare at a glance (decades of ‖dW[l]‖)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="96"/>
        <source>Train the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="102"/>
        <source>network {} · dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="104"/>
        <source>epochs averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="118"/>
        <source>Each cell: log₁₀ ‖dW[l]‖ for the layers l = 1 … L of the same network, averaged over the first epochs of batch gradient descent (η = 0.1). A line falling towards layer 1 is a gradient that vanishes on its way down; a point on the bottom edge is 10⁻²⁰ or less (zero included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="167"/>
        <source>training 0 / 12 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="181"/>
        <source>training {} / 12 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="188"/>
        <source>‖dW[1]‖ / ‖dW[L]‖ — sigmoid + zeros: {}, tanh + Xavier: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientStrip</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="84"/>
        <source>Gradient flow per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="87"/>
        <source>‖dA‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="90"/>
        <source>Show ‖dA[l]‖, the gradient arriving at each hidden layer&apos;s output (root mean square over the batch), instead of ‖dW[l]‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="114"/>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="196"/>
        <source>‖dW[l]‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="117"/>
        <source>Train a network: each layer&apos;s gradient size appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="196"/>
        <source>‖dA[l]‖</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperparametersPanel</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="15"/>
        <source>Iris (UCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="15"/>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="15"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="15"/>
        <source>Moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="16"/>
        <source>Spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="16"/>
        <source>Gaussians (overlap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="16"/>
        <source>Blobs (separable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="19"/>
        <source>fit: sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="20"/>
        <source>fit: step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="21"/>
        <source>fit: |x|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="22"/>
        <source>fit: x³ − x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="23"/>
        <source>fit: plane (2-D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="24"/>
        <source>fit: bumps (2-D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="27"/>
        <source>setosa / versicolor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="28"/>
        <source>versicolor / virginica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="29"/>
        <source>setosa / virginica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="30"/>
        <source>all three (softmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="32"/>
        <source>sigmoid + cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="32"/>
        <source>softmax + cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="33"/>
        <source>linear + squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="339"/>
        <source>ReLU</source>
        <extracomment>every activation, in the order the app lists them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="343"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="67"/>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="347"/>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="358"/>
        <source>unit step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="364"/>
        <source>softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="327"/>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="354"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="41"/>
        <source>small random ×0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="41"/>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="41"/>
        <source>Xavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="41"/>
        <source>He</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="42"/>
        <source>gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="42"/>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="42"/>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="119"/>
        <source>Share of the data held out as a test set (0 = train on everything, as the chapter does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="120"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="121"/>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="121"/>
        <source>Iris classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="122"/>
        <source>Iris x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="122"/>
        <source>Iris x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="123"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="123"/>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="124"/>
        <source>test share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="127"/>
        <source>Input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="135"/>
        <source>standardise  (x − μ) / σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="150"/>
        <source>Type a value (e.g. 0.03 or 1e-4) and press Enter, or pick a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="163"/>
        <source>Activation of every hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="166"/>
        <source>The single-neuron models start from zeros unless &apos;small random&apos; is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="173"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="174"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="175"/>
        <source>learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="176"/>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="176"/>
        <source>hidden activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="177"/>
        <source>output / loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="177"/>
        <source>initialiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="178"/>
        <source>L2 λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="178"/>
        <source>optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="179"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="179"/>
        <source>stop after epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="242"/>
        <source>inputs in this order: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="274"/>
        <source>per layer: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="287"/>
        <source>Imported: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="393"/>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="393"/>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="393"/>
        <source>mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="403"/>
        <source>“{}” is not a learning rate: type a positive number such as 0.01 or 1e-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="35"/>
        <source>sepal length [cm]</source>
        <extracomment>Text defined in Qt-free modules (which cannot mark it) and translated where the UI shows it: marked here so that pyside6-lupdate extracts it into the .ts files.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="36"/>
        <source>sepal width [cm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="37"/>
        <source>petal length [cm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="38"/>
        <source>petal width [cm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="40"/>
        <source>sepal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="41"/>
        <source>sepal width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="42"/>
        <source>petal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="43"/>
        <source>petal width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lecture</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/overlays.py" line="108"/>
        <source>One screen only: the presenter view covers part of the slide (N shows notes here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="21"/>
        <source>epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="21"/>
        <source>steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="22"/>
        <source>stages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="22"/>
        <source>layers/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="23"/>
        <source>examples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="26"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="209"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="119"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="168"/>
        <source>epoch {} / {}</source>
        <extracomment>what a player walks through: its position&apos;s text, its speed&apos;s unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="27"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="164"/>
        <source>step {} / {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="28"/>
        <source>example {} / {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="49"/>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="81"/>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="155"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="230"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="276"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="85"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="110"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="118"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="151"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="276"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="110"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="182"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="179"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="82"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="113"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="79"/>
        <source>desktop_nn — lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="105"/>
        <source>No scene &apos;{}&apos; in this lecture; starting at the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="280"/>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="96"/>
        <source>(no notes for this scene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="335"/>
        <source>This scene has nothing to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="347"/>
        <source>Press Esc again to leave the lecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="37"/>
        <source>desktop_nn — presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="90"/>
        <source>since the start {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="91"/>
        <source>time {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="97"/>
        <source>Next: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="98"/>
        <source>Last scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene.py" line="171"/>
        <source>⚠ This scene could not be shown</source>
        <extracomment>values a scene file&apos;s title may name in braces, with their defaults; the scene keeps them true with :meth:`set_title_fields` (e.g. ``L`` after &quot;+ layer&quot;), and the title follows the button that P (the presenter&apos;s play/pause key) clicks; scenes that animate set it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene.py" line="175"/>
        <source>Fix the file (see resources/lectures/README.md) and reopen the lecture; the other scenes are unaffected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="73"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="123"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="233"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="142"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="144"/>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="152"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="72"/>
        <source>✕ {} misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="139"/>
        <source>◀ previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="140"/>
        <source>next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="141"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="165"/>
        <source>▶ auto-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="165"/>
        <source>❚❚ pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="49"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="52"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/iris_loading.py" line="49"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="40"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="295"/>
        <source>sepal length [cm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="49"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="53"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/iris_loading.py" line="50"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="40"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="295"/>
        <source>petal length [cm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="222"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="261"/>
        <source>cost_ (sum-squared-error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="233"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="69"/>
        <source>learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="48"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="122"/>
        <source>cost J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="81"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="71"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="130"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="173"/>
        <source>epoch {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="85"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="179"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="79"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="82"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="115"/>
        <source>▶ Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="86"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="84"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="74"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="254"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="293"/>
        <source>sepal length [standardised]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="75"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="255"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="293"/>
        <source>petal length [standardised]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="83"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="68"/>
        <source>Whenever possible, avoid explicit for loops!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="75"/>
        <source> · converged: errors_ is 0 from epoch {} on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="131"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="174"/>
        <source> · accuracy {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/timing.py" line="18"/>
        <source>n = {:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/timing.py" line="18"/>
        <source>{:,} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="31"/>
        <source>moons</source>
        <extracomment>the generated data sets a training scene offers (key → name shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="31"/>
        <source>circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="32"/>
        <source>xor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="32"/>
        <source>blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="33"/>
        <source>spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="82"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="115"/>
        <source>↻ Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/predict_step.py" line="42"/>
        <source>the cost curve of “{}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/predict_step.py" line="43"/>
        <source>Predict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/predict_step.py" line="56"/>
        <source>The cost curve of “{}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/predict_step.py" line="97"/>
        <source>class {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossSurfaceWindow</name>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="65"/>
        <source>Loss surface — desktop_nn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="87"/>
        <source>Loss surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="89"/>
        <source>J over a plane through the current weights θ: θ + α·d₁ + β·d₂. The star is the network now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="92"/>
        <source>Plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="94"/>
        <source>Main directions of the training path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="95"/>
        <source>Two weights: click two links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="108"/>
        <source>Draw the surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="115"/>
        <source>From the chosen point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="126"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="127"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="128"/>
        <source>Race GD, momentum, Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="131"/>
        <source>Train from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="133"/>
        <source>Move the main window&apos;s weights to the chosen point and train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="173"/>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="218"/>
        <source>The run has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="189"/>
        <source>The main window&apos;s run has changed: draw the surface again to see its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="206"/>
        <source>No weights picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="222"/>
        <source>The loss surface is drawn for a neural network: choose the model &quot;Neural network&quot; in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="227"/>
        <source>The network has not trained yet: train a few epochs, so that the training path has a direction, then draw the surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="231"/>
        <source>Pick two weights first: click two links of the network above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="237"/>
        <source>Computing J over {0}×{0} points of the plane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="246"/>
        <source>Training the path again from the initial weights: epoch {0} of {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="256"/>
        <source>α: change of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="257"/>
        <source>β: change of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="259"/>
        <source>α along d₁ (towards the initial weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="260"/>
        <source>β along d₂ (across the path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="266"/>
        <source>J at the centre (the current weights, epoch {0}) = {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="270"/>
        <source>The path shows the first {} epochs, trained again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="272"/>
        <source>The plane holds the initial and the current weights exactly and {} % of the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="275"/>
        <source>Only the two weights change across the plane. The path shows how they moved; the other weights moved too (the start is {} off this plane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="278"/>
        <source>Click the surface to choose a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="295"/>
        <source>Chosen point: α = {0}, β = {1}. Race the optimisers from it, or train the network on from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="308"/>
        <source>Racing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="322"/>
        <source>{0}: diverged after {1} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="324"/>
        <source>{0}: J = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="325"/>
        <source>After {} steps from the same start, moving only along the plane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="341"/>
        <source>The weights moved to the chosen point, but the run is at its epoch limit ({}): raise the limit in the main window to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="344"/>
        <source>The main window trains on from the chosen point; its weights are projected onto this plane as they change (the purple trail). Draw the surface again to centre it on them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="72"/>
        <source>desktop_nn — neural networks, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="162"/>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="403"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="163"/>
        <source>Train continuously / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="164"/>
        <source>▶| Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="165"/>
        <source>Train exactly one epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="166"/>
        <source>⟲ Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="167"/>
        <source>Back to the same initial weights (same seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="168"/>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="169"/>
        <source>Draw new initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="170"/>
        <source>Pin run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="171"/>
        <source>Keep this run&apos;s curve to compare with the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="172"/>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="308"/>
        <source>Step-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="174"/>
        <source>Trace one iteration, formula by formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="176"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="180"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="185"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="189"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="205"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="207"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="209"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="212"/>
        <source>Loss surface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="215"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="216"/>
        <source>Gradient flow strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="221"/>
        <source>Gradient flow through depth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="224"/>
        <source>&amp;Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="226"/>
        <source>Start the lecture (full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="230"/>
        <source>Go to scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="232"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="233"/>
        <source>Exercise set and worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="237"/>
        <source>About desktop_nn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="239"/>
        <source>desktop_nn {} — neural networks from the perceptron to deep networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="58"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="74"/>
        <source>The interface will be in {} the next time desktop_nn starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="254"/>
        <source>epoch 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="256"/>
        <source>cost —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="258"/>
        <source>0 epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="275"/>
        <source>The lecture scenes cannot be listed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="23"/>
        <source>A single neuron separates two classes: the model is now a neural network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="26"/>
        <source>{} classes: the output is now softmax + cross-entropy, one output unit per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="29"/>
        <source>Two classes: the output is back to {}, as in the chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="381"/>
        <source>no hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/frames.py" line="61"/>
        <source>epoch {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/frames.py" line="63"/>
        <source>cost {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/frames.py" line="64"/>
        <source>{} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/frames.py" line="151"/>
        <source>The perceptron converged: no misclassification from epoch {} on.  {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="403"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="167"/>
        <source>{} of {} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="169"/>
        <source>{} of {} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="170"/>
        <source>showing {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="317"/>
        <source>colour: ±{}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/message_bar.py" line="36"/>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictFirst</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/predict_first.py" line="38"/>
        <source>Predict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/predict_first.py" line="41"/>
        <source>Before Play trains, sketch the decision regions and pick the cost curve&apos;s shape; after training, see how close you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/predict_first.py" line="45"/>
        <source>Cancel the prediction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="72"/>
        <source>Left button: paint the chosen class; right button: erase. Fill the rest paints every cell not yet painted with the chosen class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="83"/>
        <source>Fill the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="84"/>
        <source>Paint every cell not yet painted with the chosen class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="86"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="89"/>
        <source>The cost curve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="107"/>
        <source>Done — train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="111"/>
        <source>Leave the prediction without training (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="118"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="119"/>
        <source>Take the sketch off the plot (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="227"/>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; paint each class&apos;s region (right button erases), pick the cost curve&apos;s shape, then Done — train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="230"/>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; pick the shape the cost curve will take, then Done — train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="232"/>
        <source>The verdict comes when training stops: at the epoch limit, or when you press Pause (a network trains until then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="243"/>
        <source>Your sketch overlaps the regions &lt;b&gt;{percent} %&lt;/b&gt;: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="246"/>
        <source>the cost curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="248"/>
        <source>Result: {curve} {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="250"/>
        <source>&lt;b&gt;✓ Right:&lt;/b&gt; {curve} {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="253"/>
        <source>&lt;b&gt;✗ Wrong:&lt;/b&gt; {curve} {actual}; you said it {guess}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="167"/>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="168"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="169"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="170"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="171"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="173"/>
        <source>Export as Python script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="174"/>
        <source>Export as PyTorch script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="175"/>
        <source>Export weights (.npz)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="176"/>
        <source>Export history (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="177"/>
        <source>Export data (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="178"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="185"/>
        <source>Export {} as image (PNG/SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="230"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="270"/>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="283"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="282"/>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="284"/>
        <source>“{}” cannot be shown: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="291"/>
        <source>Opened {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="291"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="304"/>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="305"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="317"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="324"/>
        <source>Saved {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="137"/>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="156"/>
        <source>⚠ Autosave failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="222"/>
        <source>Not recovered; the autosave is kept as {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="248"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="248"/>
        <source>The project autosaved at {saved_at} cannot be recovered: {reason} The file is kept as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="240"/>
        <source>Recovered the project autosaved at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="401"/>
        <source>Cannot use the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="404"/>
        <source>Imported {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="57"/>
        <source>Train at least one epoch before exporting the run as a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="44"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="67"/>
        <source>Export as PyTorch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="68"/>
        <source>Export as Python script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="70"/>
        <source>Python scripts (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="85"/>
        <source>There are no weights yet: train the network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="87"/>
        <source>Export weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="88"/>
        <source>NumPy arrays (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="96"/>
        <source>There is no history yet: train at least one epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="101"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="102"/>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="116"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="115"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="122"/>
        <source>Export {} as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="124"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="135"/>
        <source>Cannot write “{}”: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="137"/>
        <source>Exported {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectHost</name>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="115"/>
        <source>its settings or weights do not fit this version of desktop_nn ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="147"/>
        <source>cost plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="148"/>
        <source>decision regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneFile</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/registry.py" line="78"/>
        <source>no view named &apos;{}&apos;</source>
        <extracomment>view name (what a scene file&apos;s ``view =`` says) → &quot;module:Class&quot; under desktop_nn.ui.lecture.scenes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/registry.py" line="83"/>
        <source>view &apos;{}&apos; cannot be loaded: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="79"/>
        <source>Scene file {} could not be loaded</source>
        <extracomment>the texts that have a form per language: ``title_zh_TW`` beside ``title`` … language → {&quot;title&quot;: …, &quot;section&quot;: …, &quot;notes&quot;: …}: the file&apos;s translations of its texts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="87"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="87"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="88"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="88"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="89"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="97"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="98"/>
        <source>setting &apos;{key}&apos; is not one of the view &apos;{view}&apos; settings (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="103"/>
        <source>setting &apos;{key}&apos; must be {kind}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="109"/>
        <source>setting &apos;{key}&apos; must be a list of {kind}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="132"/>
        <source>setting &apos;{key}&apos; must have {lo} to {hi} entries, got {n}</source>
        <extracomment>what a scene can compute and draw: a setting beyond these would freeze or exhaust the machine</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="136"/>
        <source>setting &apos;{key}&apos; must be a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="141"/>
        <source>setting &apos;{key}&apos; must be from {lo} to {hi}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="163"/>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="194"/>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="166"/>
        <source>&apos;{key}&apos; names {fields}, which &apos;{english}&apos; does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="179"/>
        <source>cannot be read ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="183"/>
        <source>is not valid TOML: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="186"/>
        <source>is missing {} (every scene needs id, title and view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="190"/>
        <source>has unknown key(s) {}; allowed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="197"/>
        <source>&apos;id&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="203"/>
        <source>&apos;settings&apos; must be a table ([settings] followed by name = value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="208"/>
        <source>names the view &apos;{}&apos;, which does not exist; views: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="235"/>
        <source>is not a folder of scene files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="242"/>
        <source>uses the id &apos;{}&apos; already used by {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="249"/>
        <source>holds no scene files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop_nn/app.py" line="208"/>
        <source>no installed font can draw Traditional Chinese: the zh_TW interface would show empty boxes (install a CJK font, e.g. Debian&apos;s fonts-noto-cjk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="223"/>
        <source>lecture mode did not show the perceptron-rule scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="227"/>
        <source>the lecture&apos;s perceptron shows {}, not the chapter&apos;s w = [-0.4, -0.68, 1.82]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="273"/>
        <source>no usable font: Qt would draw every character as an empty box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="302"/>
        <source>the worker did not build the default network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="317"/>
        <source>could not save the screenshot to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="324"/>
        <source>training did not reach {} epochs in {} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="328"/>
        <source>the cost did not fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="336"/>
        <source>all is well: {} epochs trained, the cost fell from {} to {}, lecture mode opens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/step_page.py" line="31"/>
        <source>FORWARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/step_page.py" line="32"/>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/step_page.py" line="33"/>
        <source>BACKWARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/step_page.py" line="34"/>
        <source>UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepSummary</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="200"/>
        <source>the slide prints {printed}: it is the weights {weights} and the slope of layer {layer}&apos;s own activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="204"/>
        <source>the slide prints {printed}: it is {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="211"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="214"/>
        <source>the slide prints {printed}: the input of layer {layer} is {input}, so {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="230"/>
        <source>The chapter&apos;s summary slide for this network, with its typos corrected (✎). Click a formula to go to its step; ∗ multiplies entry by entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="236"/>
        <source>(α = learning rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="253"/>
        <source>The {} as the chapter writes it (rows are examples, w_[0] is the bias). Click a formula to go to its step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="113"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="46"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="233"/>
        <source>Forward propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="118"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="49"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="235"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="47"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="48"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="237"/>
        <source>Backward propagation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepperPane</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="86"/>
        <source>Press Step-through to trace one iteration of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="59"/>
        <source>First step (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="60"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="61"/>
        <source>Previous step (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="63"/>
        <source>Next step (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="64"/>
        <source>Last ▶|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="65"/>
        <source>Last step (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="71"/>
        <source>Step automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="79"/>
        <source> steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="198"/>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="199"/>
        <source>Save the current step as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="200"/>
        <source>Save Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="201"/>
        <source>Save the whole iteration as a Markdown handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="215"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="130"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="131"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="132"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="224"/>
        <source>step 1 · m = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="224"/>
        <source>layer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="225"/>
        <source>Computing the forward pass of {} on {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="241"/>
        <source>Tracing the {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="242"/>
        <source>Tracing the {} on {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="300"/>
        <source>Computing the backward pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="331"/>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="331"/>
        <source>output layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="332"/>
        <source>layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="334"/>
        <source>step {} of {} · m = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="349"/>
        <source> (J was {:.6g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="350"/>
        <source>Update applied: the weights now hold the stepped values{}. Next ▶ traces the next iteration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="133"/>
        <source>Next iteration ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="62"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="134"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="58"/>
        <source>|◀ First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="143"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="70"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="146"/>
        <source>▶ Auto-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="211"/>
        <source>Save step as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="211"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="215"/>
        <source>Save trace as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="98"/>
        <source>weights after epoch {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="100"/>
        <source>weights after epoch {} and one step-through update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="103"/>
        <source>weights after epoch {} and {} step-through updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="105"/>
        <source>{} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="107"/>
        <source>J = {} on these examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="109"/>
        <source> (the status bar shows the cost measured while epoch {} trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="112"/>
        <source>learning rate α = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/trace_worker.py" line="76"/>
        <source>Could not trace this iteration: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_links.py" line="44"/>
        <source>&lt;b&gt;Links show the gradient dW now&lt;/b&gt;, not the weight: blue dW &amp;gt; 0, orange dW &amp;lt; 0, width |dW|; grey: not computed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfacePlot</name>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="26"/>
        <source>gradient descent</source>
        <extracomment>optimiser → (colour, line style, symbol, its name in the legend)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="27"/>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="28"/>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="87"/>
        <source>training path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="89"/>
        <source>start: initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="91"/>
        <source>now: the current weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="94"/>
        <source>training from the chosen point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="96"/>
        <source>chosen point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="106"/>
        <source>cost J</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Surgery</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="40"/>
        <source>layer {} got a new neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="42"/>
        <source>neuron {} of layer {} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="44"/>
        <source>a hidden layer of {} neurons went in as layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="46"/>
        <source>hidden layer {} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="48"/>
        <source>Surgery at epoch {0}: {1}. Every other weight keeps its trained value; the new ones come from the initialiser ({2}). Play trains on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="53"/>
        <source>A layer in or out changes what the layers after it receive, so the regions change at once; the cost in the status bar is epoch {}&apos;s until the next epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="113"/>
        <source>surgery at epoch {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="15"/>
        <source>One iteration, step by step: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="16"/>
        <source>Learning rate α = {alpha}; m = {m}{batch}; cost J = {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="17"/>
        <source>Matrix dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="18"/>
        <source>dimensions: {shapes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="19"/>
        <source>here: {shapes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="74"/>
        <source>binary cross entropy</source>
        <extracomment>``translate(context, text) -&gt; text``, e.g. ``QCoreApplication.translate``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="75"/>
        <source>categorical cross entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="76"/>
        <source>squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="79"/>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="80"/>
        <source>softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="81"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="84"/>
        <source>perceptron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="85"/>
        <source>adaline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="86"/>
        <source>adaline sgd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="87"/>
        <source>logistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="90"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="91"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="92"/>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="93"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="98"/>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="156"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="194"/>
        <source>scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="99"/>
        <source>→ {name} (elementwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="100"/>
        <source>→ sum over the m columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="101"/>
        <source>→ sum of all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="102"/>
        <source>{name} {shape} is broadcast to {target}: the same column is used for each of the {columns} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="104"/>
        <source>{name} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="110"/>
        <source>Each of the {rows} rows of W[{l}] weighs the {n} inputs; one column per example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="112"/>
        <source>Each of the {rows} rows of W[{l}] weighs the {n} outputs of layer {prev}; one column per example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="114"/>
        <source>The one row of W[{l}] weighs the {n} inputs; one column per example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="115"/>
        <source>The one row of W[{l}] weighs the {n} outputs of layer {prev}; one column per example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="117"/>
        <source>; b[{l}] is added to every one of the {m} columns (broadcasting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="118"/>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="120"/>
        <source>{g} is applied to every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="121"/>
        <source>{g} is applied to every entry of each column (softmax: the column sums to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="123"/>
        <source>; the cache (A[{prev}], W[{l}], b[{l}], Z[{l}]) is kept for the backward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="125"/>
        <source>  A[{L}] = Ŷ, the prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="127"/>
        <source>The {loss} averaged over the {m} examples: one number that gradient descent makes smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="129"/>
        <source>The {loss} averaged over the {m} example: one number that gradient descent makes smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="131"/>
        <source>{output} output with {loss}: the chain rule collapses to prediction minus target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="133"/>
        <source>The loss&apos;s own derivative: this output and loss are not a natural pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="134"/>
        <source>Chain rule through the output activation, entry by entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="135"/>
        <source>Softmax mixes the units of a column, so its Jacobian is applied per column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="138"/>
        <source>Uses {input} — the input of layer {l} (the slide&apos;s summary misprints A[L]ᵀ here); the product sums over the {m} examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="140"/>
        <source>Uses {input} — the input of layer {l} (the slide&apos;s summary misprints A[L]ᵀ here); the product sums over the {m} example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="142"/>
        <source>The average of each row of dZ: one number per neuron, shaped like b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="143"/>
        <source>The error flows back through the weights W[{l}]ᵀ (not dW[{l}]ᵀ, as the slide&apos;s summary misprints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="145"/>
        <source>* multiplies entry by entry: {g}&apos;s slope at each Z[{prev}] scales the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="148"/>
        <source>One small step downhill: learning rate α = {alpha}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="149"/>
        <source>Computing the forward pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="151"/>
        <source>Zero when the sample is classified correctly: the perceptron then does not move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="153"/>
        <source>Adaline learns from the linear output z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="154"/>
        <source>Rows are examples here, as in the classic models&apos; slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="160"/>
        <source>{dims} network, m = {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="161"/>
        <source>{dims} network, one example x({i}), m = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="162"/>
        <source>{model} on {m} examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="27"/>
        <source>Training diverged at epoch {0}: the cost became {1}. The plots show the last good state. Try a smaller learning rate (now {2}, e.g. {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="34"/>
        <source>Paused at epoch {0}: training has stalled. For 1000 epochs the cost has stayed near J = {1} and the fit has done no better than always answering the mean of y (R² ≤ 0): every hidden unit is alike (zero initial weights), or the units saturate (the learning rate is now {2}). Try another initialiser (Xavier, He) or a smaller learning rate, then Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="42"/>
        <source>Paused at epoch {0}: training has stalled. For 1000 epochs the cost has jumped up and down without going lower (J = {1}) and the model has done no better than putting every point in one class: the learning rate is so large that the units saturate. Try a smaller one (now {2}, e.g. {3}), then Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="49"/>
        <source>Paused at epoch {0}: training has stalled. For 1000 epochs the cost has stayed at J = {1} and the model has done no better than putting every point in one class: the gradients reaching the first layers vanish, or every hidden unit is alike (zero initial weights). Try another initialiser (Xavier, He) or activation (ReLU, tanh), then Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="57"/>
        <source>Stopped after {} epochs (the epoch limit); raise it to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="60"/>
        <source>Training goes on from the parameters set by hand (the step-through&apos;s update or a point on the loss surface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="69"/>
        <source>Could not build the model: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="72"/>
        <source>The stepped parameters do not fit this model: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="76"/>
        <source>Training failed unexpectedly ({}); the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/training_worker.py" line="88"/>
        <source>The training process could not start: {}</source>
        <extracomment>what the controller may ask, each a method below, run in the worker thread</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/training_worker.py" line="111"/>
        <source>The activation &apos;{}&apos; cannot reach the training process: declare it with numpy_activation (its NumPy source) or with module-level functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/training_worker.py" line="245"/>
        <source>The training process ended unexpectedly again (exit code {}); press Play or change a setting to try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/training_worker.py" line="252"/>
        <source>The training process ended unexpectedly (exit code {}); a new one starts again from epoch 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightPicker</name>
    <message>
        <location filename="../../desktop_nn/ui/surface/weight_picker.py" line="51"/>
        <source>Click two links: the surface is drawn over those two weights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/activations</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="30"/>
        <source>1 if z ≥ 0, −1 otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="30"/>
        <source>0 (undefined at z = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="34"/>
        <source>0 if z &amp;lt; 0, 1 if z ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="35"/>
        <source>{} if z &amp;lt; 0, 1 if z ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="42"/>
        <source>the perceptron&apos;s: no gradient to learn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="43"/>
        <source>Adaline&apos;s: a stack of linear layers stays linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="44"/>
        <source>for a 0/1 output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="45"/>
        <source>zero-centred, like a shifted sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="46"/>
        <source>currently the most popular: gradient descent is much faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="47"/>
        <source>keeps a small slope {} for z &amp;lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="53"/>
        <source>{}; flat here: g′ is {} of its peak {}, so learning is slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="55"/>
        <source>{}; g′ here is {} of its peak {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/adaline_code</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="65"/>
        <source>Adaline — Gradient Descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="65"/>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="66"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="117"/>
        <source>Sum-squared-error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="95"/>
        <source>press ▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="98"/>
        <source>epoch {}: the cost overflowed — this learning rate diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="102"/>
        <source>after {} epochs, {}/{} correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="103"/>
        <source>after {} epoch, {}/{} correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="105"/>
        <source>cost_ is J before each update; after the last one, J = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="116"/>
        <source>sepal [std.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="116"/>
        <source>petal [std.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="117"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="118"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="148"/>
        <source>batch GD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="141"/>
        <source>w = 0: press ▶ Play — one update per flower, {} per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="147"/>
        <source>, {} updates: &lt;b&gt;{}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="149"/>
        <source>, {} updates: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="150"/>
        <source>, {} update: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/backprop</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="38"/>
        <source>forward</source>
        <extracomment>the phases&apos; names as a step shows them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="39"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="40"/>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="41"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="101"/>
        <source>step {} of {} · {} · layer {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/backprop_one_example</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="46"/>
        <source>= shape of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="64"/>
        <source>(* entry by entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="119"/>
        <source>network {}, {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="149"/>
        <source>given x: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="155"/>
        <source>forward ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="159"/>
        <source>◀ backward {} of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="161"/>
        <source>shapes: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="172"/>
        <source>after the last step: are these the numbers of the engine&apos;s backward pass?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="176"/>
        <source>Network.backward on this one example (m = 1) gives {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="177"/>
        <source>the same dW&lt;sup&gt;[1]&lt;/sup&gt;, db&lt;sup&gt;[1]&lt;/sup&gt;, dW&lt;sup&gt;[2]&lt;/sup&gt;, db&lt;sup&gt;[2]&lt;/sup&gt; ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="179"/>
        <source>numbers that differ by {} ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="181"/>
        <source> — for m examples: capitals, (1/m) and sums over the columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/building_blocks</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="54"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="63"/>
        <source>layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="60"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="61"/>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="61"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="75"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="68"/>
        <source>updated ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="118"/>
        <source>forward ▶  input a[l−1], output a[l], cache z[l]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="119"/>
        <source>◀ backward  input da[l] and the cache, output da[l−1], dW[l], db[l]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="231"/>
        <source>step ▶|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="232"/>
        <source>↺ restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="243"/>
        <source>network {}, m = {} examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="300"/>
        <source>Input a[0] = X. Each forward block computes z[l] = W[l]a[l−1] + b[l], a[l] = g[l](z[l]) and keeps z[l], W[l], b[l] in its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="303"/>
        <source>forward, layer {l}: a[{prev}] → a[{l}] {A}; the cache keeps Z[{l}] {Z}, W[{l}], b[{l}] for the backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="308"/>
        <source>backward, layer {l}: from da[{l}] and the cache → da[{prev}], dW[{l}] {dW}, db[{l}] {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="312"/>
        <source>update every layer: W[l] = W[l] − α dW[l], b[l] = b[l] − α db[l]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/classic</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="87"/>
        <source>gaussians</source>
        <extracomment>the data sets the non-separable scene offers (key → name shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="88"/>
        <source>versicolor-virginica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="89"/>
        <source>xor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="98"/>
        <source>errors_: updates per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="104"/>
        <source>decision regions, ✕ = misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="109"/>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="151"/>
        <source>errors_: never 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="164"/>
        <source>before training: w = 0. ▶ Play (P) trains epoch by epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="165"/>
        <source>w = 0 misclassifies &lt;b&gt;{}&lt;/b&gt; of {} (✕)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="167"/>
        <source>epoch {}: errors_ = &lt;b&gt;{}&lt;/b&gt; (updates during it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="170"/>
        <source>no update from epoch {} on: converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="172"/>
        <source>never 0 in {} epochs: it does not converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="174"/>
        <source>w after epoch {} misclassifies &lt;b&gt;{}&lt;/b&gt; of {} (✕)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="212"/>
        <source>J(w₁, w₂) and the descent path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/code</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="150"/>
        <source>Use Python to implement forward and backward propagation for a deep network: this script does, for the network below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="163"/>
        <source>▶ run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="169"/>
        <source>hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="169"/>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="186"/>
        <source>press ▶ run it (or P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="206"/>
        <source>running …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/deep</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="136"/>
        <source>− layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="137"/>
        <source>+ layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="158"/>
        <source>no hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="161"/>
        <source>n[{0}]: units in layer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="205"/>
        <source>next layer ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="231"/>
        <source>the output ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="231"/>
        <source>hidden layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="234"/>
        <source># layers &lt;b&gt;L = {}&lt;/b&gt; (the input is not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="235"/>
        <source>{n} = # units in layer l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="237"/>
        <source>兩個input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="238"/>
        <source>{formula}: activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="239"/>
        <source>{W}, {b}: weights, bias for {z}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="240"/>
        <source>{a0} = X (input), {aL} = ŷ (output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="241"/>
        <source>{layer} ({role}): {shapes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="242"/>
        <source>layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="243"/>
        <source>{W} is ({rows}, {cols}), {b} is ({rows}, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="245"/>
        <source>{} parameters in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/deep_forward</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="83"/>
        <source>◀ layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="84"/>
        <source>layer ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="151"/>
        <source>{b} {shape} is added to each of the m = {m} columns: broadcast to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="165"/>
        <source>layer {} of L = {}: the m examples are columns (vectorised); we still need a for loop over the layers l = 1 … L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/delta_rule</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="95"/>
        <source>J(w) = {J} at these weights. Moving w{sub} a little either way changes J at the rate {slope}: that rate is ∂J/∂w{sub}.</source>
        <extracomment>the slides&apos; derivation of ∂J/∂w_j, one line per step (rich text) what each line of DERIVATION means, told with the first flower&apos;s numbers (see DeltaRuleDerivationScene.explain)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="98"/>
        <source>The derivative of a sum is the sum of the derivatives: one slope per flower, {m} flowers, halved: {half_sum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="101"/>
        <source>Chain rule. Flower 1: y′ = {y_true}, y = {output}, so 2 (y′ − y) = {twice_residual}, and ∂(y′ − y)/∂w{sub} = {inner}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="104"/>
        <source>Adaline&apos;s output is y = g(z) = z = Σ&lt;sub&gt;k&lt;/sub&gt; w&lt;sub&gt;k&lt;/sub&gt; x&lt;sub&gt;k&lt;/sub&gt;. Flower 1: y = {terms} = {output}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="107"/>
        <source>Only the term w{sub} x{sub} depends on w{sub}: the inner derivative is −x{sub}. Flower 1: −x{sub} = {minus_x}; summed over all {m} flowers: {sum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="110"/>
        <source>−α ∂J/∂w{sub} = −{alpha} × {sum} = {dw}. One epoch of the engine&apos;s AdalineGD from these weights moves w{sub} by &lt;b&gt;{engine}&lt;/b&gt;: {same}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="113"/>
        <source>w := w + Δw for every j at once: w = {w_new}, and J falls from {J} to {J_new}. Press w := w + Δw to take the step and derive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="118"/>
        <source>w₀: the bias (x₀ = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="119"/>
        <source>w₁: sepal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="120"/>
        <source>w₂: petal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="168"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="203"/>
        <source>Next step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="178"/>
        <source>epochs of AdalineGD (α = {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="180"/>
        <source>w after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="204"/>
        <source>↺ from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="225"/>
        <source>w = {} on standardised Iris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="228"/>
        <source>- - slope {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="231"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="267"/>
        <source>✗ differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="233"/>
        <source>▶ step Δw{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="234"/>
        <source>the engine&apos;s AdalineGD: {} {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="252"/>
        <source>J along w{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="267"/>
        <source>✓ the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/gradient_flow</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="27"/>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="28"/>
        <source>small random × 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="29"/>
        <source>Xavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="30"/>
        <source>He</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="49"/>
        <source>no gradient at all: every dW = 0 (symmetry)</source>
        <extracomment>‖dW[1]‖ / ‖dW[L]‖ below this: the gradient vanishes on its way down</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="52"/>
        <source>‖dW[1]‖ / ‖dW[L]‖ = {}: vanishes on its way down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="53"/>
        <source>‖dW[1]‖ / ‖dW[L]‖ = {}: reaches every layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="66"/>
        <source>‖dW[l]‖ layer by layer (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="67"/>
        <source>layer l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="68"/>
        <source>‖dW[l]‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="87"/>
        <source>initial weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="122"/>
        <source>Network {}, {} data, ‖dW[l]‖ averaged over the first {} epochs of batch gradient descent. Going down from layer {} to layer 1, each layer multiplies the gradient by Wᵀ and g′(Z): g′ ≤ ¼ for the sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/graph</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="151"/>
        <source>forward ▶</source>
        <extracomment>(column, row) of each node: the inputs on the left, J on the right the derivative under each box, short form (the full chain rule is narrated under the graph)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="152"/>
        <source>◀ backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="201"/>
        <source>Forward pass: values from left to right. Press ▶ (or P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="204"/>
        <source>input {} = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="209"/>
        <source>forward: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="217"/>
        <source>backward: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="223"/>
        <source>check: y + {h} moves J by {moved} ≈ ∂J/∂y × {h} = {expected}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/hyperparameters</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="56"/>
        <source>&lt;b&gt;Hyperparameters&lt;/b&gt; (you choose):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="69"/>
        <source># iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="70"/>
        <source># hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="71"/>
        <source>units {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="72"/>
        <source>activation g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="75"/>
        <source>momentum, mini-batch size, regularisation … → next chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="90"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="126"/>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="124"/>
        <source>iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="125"/>
        <source>hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="125"/>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="132"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="134"/>
        <source>diverged at epoch {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="136"/>
        <source>{} at epoch {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="184"/>
        <source>&lt;b&gt;Parameters&lt;/b&gt; (learned): {}: {} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="187"/>
        <source>idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="187"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="187"/>
        <source>experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="189"/>
        <source>&lt;b&gt;Empirical process:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="191"/>
        <source>idea: change a hyperparameter and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="195"/>
        <source>idea: {} (before: {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="196"/>
        <source>the same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="210"/>
        <source>, accuracy {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="212"/>
        <source>epoch {}: diverged, try a smaller α</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/initialization</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="95"/>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="106"/>
        <source>cost J while training (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="107"/>
        <source>cross-entropy J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="160"/>
        <source>rows identical: units stay copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="162"/>
        <source>{} of a[1] saturated at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="166"/>
        <source>J = {} · {} right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/iris_loading</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/iris_loading.py" line="49"/>
        <source>setosa and versicolor: rows 0–99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/iris_loading.py" line="71"/>
        <source>read &lt;b&gt;{}&lt;/b&gt;, the UCI file shipped with the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/linear_models</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="67"/>
        <source>ŷ = z, a real number</source>
        <extracomment>what each model computes, in the slides&apos; terms (rich text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="67"/>
        <source>error on ŷ: y′ − ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="68"/>
        <source>solved once (least squares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="69"/>
        <source>g(z) = z, threshold → ±1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="69"/>
        <source>error on z: y′ − z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="70"/>
        <source>error on ŷ: 0 or ±2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="71"/>
        <source>a = σ(z), in (0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="71"/>
        <source>error on a: y′ − a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="74"/>
        <source>Linear regression</source>
        <extracomment>the models&apos; names as shown (the keys above are also the scene&apos;s names for them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="74"/>
        <source>Adaline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="75"/>
        <source>Perceptron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="75"/>
        <source>Logistic regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="109"/>
        <source>activation g(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="110"/>
        <source>the error each model learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="111"/>
        <source>Adaline&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="154"/>
        <source>{} misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="158"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="160"/>
        <source>, {}/{} right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/logistic</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="55"/>
        <source>z = wᵀx + b   (drag the vertical line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="71"/>
        <source>“logit” = “log odds”. Large positive z: σ(z) → 1; large negative z: σ(z) → 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="76"/>
        <source>P(y = 1 | x) after training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="98"/>
        <source>odds = P / (1 − P) = &lt;b&gt;{}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="99"/>
        <source>logit = ln(odds) = &lt;b&gt;{}&lt;/b&gt; = z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="112"/>
        <source>cross-entropy J: {} → {}, {}/{} correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="167"/>
        <source>squared error</source>
        <extracomment>a run is at the minimum when its J is within this share of the curve&apos;s range above the lowest J</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="168"/>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="189"/>
        <source>m = {} points, one weight w, b = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="191"/>
        <source>start w₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="211"/>
        <source>convex ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="213"/>
        <source>not convex ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="215"/>
        <source>at the minimum (w* ≈ {}) ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="217"/>
        <source>J still {} above its minimum (at w* ≈ {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="218"/>
        <source>{shape}; slope at w₀: |dJ/dw| = {slope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="219"/>
        <source>{steps} steps: w = {w}, J = {J}, {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/logistic_derivatives</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="61"/>
        <source>① one example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="61"/>
        <source>② m examples: the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="114"/>
        <source>for i = 1 … m: add example i — 全部計算 sample 後才更新 weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="125"/>
        <source>update w, b  (α = {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="188"/>
        <source> (after {} updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="189"/>
        <source> (after {} update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="195"/>
        <source>{} of m = {} examples added; the running sums J, dw₁, dw₂, db are divided by m at the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/logistic_graph</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="262"/>
        <source>forward ▶</source>
        <extracomment>the steps of the graph: (node that gets its number, &quot;forward&quot; / &quot;backward&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="262"/>
        <source>◀ backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="267"/>
        <source>Given x₁, x₂, the parameters w₁, w₂, b and the label y. {fw} computes z, a, ℒ; then {bw} the derivatives of ℒ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="273"/>
        <source>{loss} with y = {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="286"/>
        <source>the check by finite differences comes after the backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="291"/>
        <source>check: (ℒ(w + ε) − ℒ(w − ε)) / 2ε with ε = 10&lt;sup&gt;−5&lt;/sup&gt; gives {} for w₁, w₂, b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="294"/>
        <source>✗ differs from dw₁, dw₂, db</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/loss_intuition</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="64"/>
        <source>ℒ(ŷ, y) of one example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="87"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="95"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="195"/>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="95"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="197"/>
        <source>squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="118"/>
        <source>right plot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="149"/>
        <source>ŷ = {}: both cost log 2 = {}, ŷ cannot tell the classes apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="153"/>
        <source>ŷ = {p} is large: cheap if y = {cheap}, {ratio}× dearer if y = {dear}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="154"/>
        <source>ŷ = {p} is small: cheap if y = {cheap}, {ratio}× dearer if y = {dear}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="159"/>
        <source>need large ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="161"/>
        <source>need small ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="170"/>
        <source>the same example (y = {}) against z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="187"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="189"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="191"/>
        <source>, bends down (thick) for {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="193"/>
        <source>convex ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="193"/>
        <source>not convex ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="195"/>
        <source>right: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="199"/>
        <source> — so logistic regression does not use squared error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/matrix_dimensions</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="49"/>
        <source>One example, layer 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="52"/>
        <source>{W} is {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="66"/>
        <source>layer&lt;br&gt;l</source>
        <extracomment>the table&apos;s columns: (header, the shape rule, the row keys shown in the column)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="69"/>
        <source>b&lt;sup&gt;[l]&lt;/sup&gt; in&lt;br&gt;WA + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="78"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="80"/>
        <source>show W[1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="79"/>
        <source>hide W[1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="105"/>
        <source>{b} and {db} are stored as {column}; in {Z} NumPy adds {bl} to each of the m columns: the {wide} of the chapter&apos;s table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="164"/>
        <source>shapes read from the engine&apos;s arrays after a forward and backward pass on m = {} examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/neuron</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="47"/>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="50"/>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="53"/>
        <source>threshold θ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="61"/>
        <source>make it compute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="74"/>
        <source>the line w₁x₁ + w₂x₂ = θ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="113"/>
        <source>output y = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="126"/>
        <source>computes {} ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="127"/>
        <source>{}/4 rows match {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="128"/>
        <source> — no line separates XOR!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/numpy_guide</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="128"/>
        <source>time both again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="131"/>
        <source>np.exp: best of {} · timed in the worker, the window stays responsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="152"/>
        <source>log of a negative number is NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="154"/>
        <source>log 0 = −∞ and 1/0 = ∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="155"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="155"/>
        <source> — NumPy warns, it does not stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="156"/>
        <source>each row: one call on the whole vector, no loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="159"/>
        <source>loop on this v: u = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="163"/>
        <source>timing the loop and np.exp on n = {} numbers …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="168"/>
        <source>loop: {} % done …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="172"/>
        <source>loop &lt;b&gt;{}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="173"/>
        <source>≈ {}× faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="174"/>
        <source> ✓ same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="174"/>
        <source> numbers differ ✗</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/perceptron_code</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="41"/>
        <source>Perceptron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="42"/>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="42"/>
        <source>Misclassifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="60"/>
        <source>… printed when train() has finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/question</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="197"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="200"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="280"/>
        <source>▶ Start</source>
        <extracomment>keys that start the class&apos;s answer in the answer box (digits 1–4 also pick options a–d) the answer as the card writes it, by question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="200"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="280"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="203"/>
        <source>Reveal (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="205"/>
        <source>↺ Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="212"/>
        <source>class&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="215"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="378"/>
        <source>Type the class&apos;s answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="397"/>
        <source>✓ “{}” is right. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="400"/>
        <source>✗ “{}” is not it: the answer is {}. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="48"/>
        <source>sepal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="49"/>
        <source>petal length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="142"/>
        <source>W[{}] {}, the shape of dW[{}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="153"/>
        <source>SSE per epoch (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="181"/>
        <source>cost J while training (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="182"/>
        <source>cross-entropy J</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/rates</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="67"/>
        <source>each step overshoots further: diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="69"/>
        <source>bounces between ±w for ever: never converges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="71"/>
        <source>overshoots the minimum, zig-zags back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="73"/>
        <source>tiny steps: many iterations to converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="74"/>
        <source>heads straight for the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="158"/>
        <source>left α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="158"/>
        <source>right α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="159"/>
        <source>raw Iris (X in cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="165"/>
        <source>one weight: J(w) = w², w := w − α·dJ/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="178"/>
        <source>α for the 1-D picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="182"/>
        <source>too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="182"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="183"/>
        <source>overshoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="183"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="208"/>
        <source>Adaline — learning rate {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="212"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="213"/>
        <source>overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="217"/>
        <source>{what}: {reason}, &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="235"/>
        <source>α = {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="236"/>
        <source>w after {} steps: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="244"/>
        <source>Standardised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="245"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="256"/>
        <source>Adaline — gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="284"/>
        <source>features: standardised ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="284"/>
        <source>features: raw (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="299"/>
        <source>: not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="340"/>
        <source>SSE after each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="340"/>
        <source>epochs completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="345"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="395"/>
        <source>stochastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="347"/>
        <source>mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="348"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="394"/>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="361"/>
        <source>shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="364"/>
        <source>new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="369"/>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="390"/>
        <source>{code} ends at {cost}, the SSE before its last step (after {epochs} epochs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="394"/>
        <source>mini-batch of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="398"/>
        <source>{}: {} updates / epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="399"/>
        <source>{}: {} update / epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="421"/>
        <source>SSE after {} epochs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/scaling_code</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="51"/>
        <source>X[:,0] sepal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="51"/>
        <source>X[:,1] petal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="52"/>
        <source>X_std (dashed: ±1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="59"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="80"/>
        <source>Run next line ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="80"/>
        <source>↺ from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="104"/>
        <source>Nothing run yet: X_std does not exist. Press Run next line ▶.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="106"/>
        <source>X_std is a copy of X: still in cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="114"/>
        <source>X_std: mean {}, standard deviation {} in both columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="115"/>
        <source>0 (up to rounding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="115"/>
        <source>not 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="116"/>
        <source>not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="118"/>
        <source>column 1 is still in cm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/shallow</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="155"/>
        <source>all m = {} examples at once: no for loop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/shallow_units</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="117"/>
        <source>for i = 1 … 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="141"/>
        <source>for i = 1 to m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="167"/>
        <source>one example x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="168"/>
        <source>m examples X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="226"/>
        <source>row i of W&lt;sup&gt;[1]&lt;/sup&gt; is w&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;[1]T&lt;/sup&gt;: the 4 unit equations are one product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="227"/>
        <source>— same z&lt;sup&gt;[1]&lt;/sup&gt; ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="228"/>
        <source>the unit equations and W&lt;sup&gt;[1]&lt;/sup&gt;x + b&lt;sup&gt;[1]&lt;/sup&gt; differ ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="229"/>
        <source>; then {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="247"/>
        <source>loop, one x&lt;sup&gt;(i)&lt;/sup&gt; at a time: a&lt;sup&gt;[2](i)&lt;/sup&gt; = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="249"/>
        <source>= the {} columns of A&lt;sup&gt;[2]&lt;/sup&gt; ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="251"/>
        <source> — {} matrix products instead of {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/single_neuron</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="73"/>
        <source>diverges</source>
        <extracomment>a run &quot;converges&quot; once its SSE is within this share above the least-squares minimum the verdicts of :func:`cost_verdict` (keys the scenes compare), as shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="74"/>
        <source>converges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="75"/>
        <source>crawls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="101"/>
        <source>grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="104"/>
        <source>within {} % of its minimum {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="105"/>
        <source>{}× its minimum {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="112"/>
        <source>w = 0: SSE = &lt;b&gt;{}&lt;/b&gt;, {}/{} correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="113"/>
        <source>epoch {}: cost_ = &lt;b&gt;{}&lt;/b&gt; (SSE before its step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="114"/>
        <source>after the step: SSE = &lt;b&gt;{}&lt;/b&gt;, {}/{} correct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/summary</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="28"/>
        <source>the slide prints dW[L] = (1/m) dZ[L] A[L]ᵀ; it must be A[L−1]ᵀ (here A[{}]ᵀ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="30"/>
        <source>the slide prints dW[1] = (1/m) dZ[1] A[1]ᵀ; it must be A[0]ᵀ = Xᵀ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="32"/>
        <source>the slide prints dZ[L−1] = dW[L]ᵀ dZ[L] …; it must be W[L]ᵀ (here W[{}]ᵀ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="34"/>
        <source>the slide prints dZ[1] = dW[L]ᵀ dZ[2] …; it must be W[2]ᵀ dZ[2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="127"/>
        <source>Backward propagation (corrected ✎)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="150"/>
        <source>network {}, m = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="153"/>
        <source>✎ corrected: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/vectorize</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="71"/>
        <source>time on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="71"/>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="82"/>
        <source>for loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="89"/>
        <source>run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="91"/>
        <source>timed live, in a worker thread: the window stays responsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="99"/>
        <source>timing n = {} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="110"/>
        <source>np.dot: &lt;b&gt;{} ms&lt;/b&gt; (best of {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="112"/>
        <source>for loop: {} % done …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="115"/>
        <source>same c ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="116"/>
        <source>c differs ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="117"/>
        <source>for loop: &lt;b&gt;{} ms&lt;/b&gt;, {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="119"/>
        <source>vectorised ≈ {}× faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="178"/>
        <source>for loop over m examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="179"/>
        <source>vectorised: no loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="195"/>
        <source>m = 100 (Iris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="199"/>
        <source>the 100 Iris flowers repeated to make m larger; X is (n_x, m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="218"/>
        <source>time: &lt;b&gt;{} ms&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="222"/>
        <source>the same J, dw, db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="223"/>
        <source>the numbers differ!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="225"/>
        <source>Both give {}; vectorised ≈ {}× faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="287"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="316"/>
        <source>fix the bug: Y = Y.reshape(1, m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="306"/>
        <source>{}: a number ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="308"/>
        <source>{} matrix ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="315"/>
        <source>bug fixed ✓ (click to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="324"/>
        <source>rank 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="326"/>
        <source>.T did nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="333"/>
        <source>dZ has shape {dz}: one dz = a − y per example ✓, and dw has the shape of w, {w} ✓. Use (n, 1) or (1, n); assert a.shape == ({n}, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="338"/>
        <source>(A − Y)ᵀ = Aᵀ − Yᵀ on paper, but Y.T of a rank-1 Y is Y: A.T {at} − Y {y} broadcast silently to &lt;b&gt;{dz}&lt;/b&gt;: {size} numbers a⁽ʲ⁾ − y⁽ⁱ⁾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="342"/>
        <source>, only the diagonal is A − Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="342"/>
        <source>; no error raised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/why_deep</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="158"/>
        <source>n-bit parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="158"/>
        <source>bits n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="159"/>
        <source>count (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="163"/>
        <source>XOR gates: n − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="164"/>
        <source>1 layer: 2ⁿ⁻¹ units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="172"/>
        <source>both networks are built by hand and checked by the engine on every pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="174"/>
        <source>bits n =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="196"/>
        <source>{} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="196"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="198"/>
        <source>&lt;b style=&apos;color:{color}&apos;&gt;deep: a tree of XOR gates&lt;/b&gt; — {n} − 1 = {gates} XOR gates in ⌈log&lt;sub&gt;2&lt;/sub&gt; {n}⌉ = {layers} layers; as ReLUs {dims} (2 per gate), correct on &lt;b&gt;{accuracy}&lt;/b&gt; of the {patterns} patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="204"/>
        <source>&lt;b style=&apos;color:{color}&apos;&gt;one hidden layer&lt;/b&gt; — enumerate the 2&lt;sup&gt;{n}&lt;/sup&gt; = {patterns} patterns: 2&lt;sup&gt;{n}−1&lt;/sup&gt; = {units} units, one per odd pattern; {dims} is correct on &lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="209"/>
        <source>n = {n}: {gates} gates in {layers} layers vs {units} units in one layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lecture/why_nonlinear</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="27"/>
        <source>✓ solves XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="29"/>
        <source>✗ stuck: XOR not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="30"/>
        <source>… still learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="51"/>
        <source>hidden g = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="83"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;, epoch {epoch}: J = {J}, accuracy&amp;nbsp;&lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="95"/>
        <source>linear: {formula}: &lt;b&gt;one straight line&lt;/b&gt;, right on {share} of the points. ALL LINEAR!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
