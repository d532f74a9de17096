<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArchitectureEditor</name>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="53"/>
        <source>Neural network</source>
        <translation>神經網路</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="54"/>
        <source>Perceptron (Rosenblatt)</source>
        <translation>感知器 (Rosenblatt)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="55"/>
        <source>Adaline, batch GD</source>
        <translation>Adaline，批次梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="56"/>
        <source>Adaline, SGD</source>
        <translation>Adaline，隨機梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="57"/>
        <source>Logistic regression</source>
        <translation>邏輯斯迴歸</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="109"/>
        <source>Remove the last hidden layer</source>
        <translation>移除最後一個隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="110"/>
        <source>Add a hidden layer</source>
        <translation>新增一個隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="125"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="155"/>
        <source>&lt;i&gt;Point at a neuron to see its formula and its output over the input plane; point at a link to read its weight.&lt;/i&gt;</source>
        <translation>&lt;i&gt;指向神經元可看到它的公式和它在輸入平面上的輸出；指向連線可讀出它的權重。&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="215"/>
        <source>set layers</source>
        <translation>設定層數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="221"/>
        <source>add a layer</source>
        <translation>新增一層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="226"/>
        <source>remove a layer</source>
        <translation>移除一層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="233"/>
        <source>add a neuron</source>
        <translation>新增一個神經元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="239"/>
        <source>remove a neuron</source>
        <translation>移除一個神經元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="285"/>
        <source>{} weights</source>
        <translation>{} 個權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="363"/>
        <source>output layer</source>
        <translation>輸出層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="363"/>
        <source>hidden layer {}</source>
        <translation>隱藏層 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="364"/>
        <source>← its output over the input plane</source>
        <translation>← 它在輸入平面上的輸出</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="378"/>
        <source>from neuron {} of layer {} to neuron {} of layer {}</source>
        <translation>從第 {1} 層的神經元 {0} 到第 {3} 層的神經元 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="390"/>
        <source>{} hidden layers</source>
        <translation>{} 個隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="391"/>
        <source>single neuron</source>
        <translation>單一神經元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="427"/>
        <source>inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="430"/>
        <source>output
{}</source>
        <translation>輸出
{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="431"/>
        <source>{}
{}</source>
        <translation>{}
{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="434"/>
        <source>layer {}
{} · {}</source>
        <translation>第 {} 層
{} · {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="439"/>
        <source>Remove a neuron</source>
        <translation>移除一個神經元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/architecture_editor.py" line="440"/>
        <source>Add a neuron</source>
        <translation>新增一個神經元</translation>
    </message>
</context>
<context>
    <name>BatchChooser</name>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="29"/>
        <source>All m examples</source>
        <translation>全部 m 個樣本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="29"/>
        <source>One mini-batch</source>
        <translation>一個小批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="30"/>
        <source>One example (m = 1)</source>
        <translation>一個樣本 (m = 1)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="32"/>
        <source>Mini-batch size</source>
        <translation>小批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="32"/>
        <source>size </source>
        <translation>大小 </translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="33"/>
        <source>Which mini-batch / which example (from 0)</source>
        <translation>第幾個小批次 / 第幾個樣本（從 0 起算）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/batch_chooser.py" line="34"/>
        <source># </source>
        <translation># </translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="72"/>
        <source>misclassifications</source>
        <translation>誤分類數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="72"/>
        <source>SSE  ½Σ(y − z)²</source>
        <translation>誤差平方和 SSE  ½Σ(y − z)²</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="73"/>
        <source>cross-entropy J</source>
        <translation>交叉熵成本 J</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="73"/>
        <source>squared error J</source>
        <translation>平方誤差成本 J</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="74"/>
        <source>errors</source>
        <translation>誤分類</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="74"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="165"/>
        <source>Cost and accuracy per epoch</source>
        <translation>每個 epoch 的成本與準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="169"/>
        <source>log scale</source>
        <translation>對數刻度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="171"/>
        <source>Plot log10 of the cost, as the chapter&apos;s learning-rate slide does</source>
        <translation>畫出成本的 log10，如講義中學習率那一頁</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="173"/>
        <source>Pin run</source>
        <translation>釘選這次訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="175"/>
        <source>Keep this run&apos;s curves as a faded overlay to compare with the next</source>
        <translation>保留這次訓練的曲線（淡色），與下一次比較</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="177"/>
        <source>Clear pins</source>
        <translation>清除釘選</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="201"/>
        <source>accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="201"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="206"/>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="208"/>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="393"/>
        <source>test</source>
        <translation>測試</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="262"/>
        <source>run {}</source>
        <translation>訓練 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/cost_plot.py" line="314"/>
        <source>{} and accuracy per epoch</source>
        <translation>每個 epoch 的 {} 與準確率</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="125"/>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="301"/>
        <source>Import a CSV file</source>
        <translation>匯入 CSV 檔</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="136"/>
        <source>a .csv or .txt file</source>
        <translation>.csv 或 .txt 檔</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="138"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="150"/>
        <source>delimiter</source>
        <translation>分隔符號</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="151"/>
        <source>encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="152"/>
        <source>decimal mark</source>
        <translation>小數點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="153"/>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="356"/>
        <source>header</source>
        <translation>標題列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="168"/>
        <source>standardise the features  (x − μ) / σ</source>
        <translation>標準化特徵  (x − μ) / σ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="170"/>
        <source>Recommended: features on different scales slow gradient descent down</source>
        <translation>建議勾選：尺度不同的特徵會讓梯度下降變慢</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="171"/>
        <source>drop rows with missing values</source>
        <translation>捨棄有缺值的列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="172"/>
        <source>Columns</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="174"/>
        <source>features (inputs)</source>
        <translation>特徵（輸入）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="175"/>
        <source>label (class)</source>
        <translation>標籤（類別）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="187"/>
        <source>Limits: up to {rows} rows, {mb} MB, {cols} columns and {classes} classes; features must be numbers, the label may be text.</source>
        <translation>限制：最多 {rows} 列、{mb} MB、{cols} 欄、{classes} 個類別；特徵必須是數字，標籤可以是文字。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="203"/>
        <source>Load</source>
        <translation>載入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="205"/>
        <source>Stop loading</source>
        <translation>停止載入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="208"/>
        <source>Use this data</source>
        <translation>使用這份資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="212"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="302"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 與文字檔 (*.csv *.txt *.tsv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="354"/>
        <source>{rows} rows · {cols} columns · {size} kB · delimiter: {d} · encoding: {e} · {h}</source>
        <translation>{rows} 列 · {cols} 欄 · {size} kB · 分隔符號：{d} · 編碼：{e} · {h}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="356"/>
        <source>no header</source>
        <translation>無標題列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="387"/>
        <source>Tick at least one feature column.</source>
        <translation>請至少勾選一個特徵欄位。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="389"/>
        <source>Two features: the decision regions are drawn over them.</source>
        <translation>兩個特徵：決策區域會畫在這兩個特徵上。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="391"/>
        <source>One feature: trains; the regions are drawn along one axis.</source>
        <translation>一個特徵：可以訓練；決策區域沿一個軸畫出。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="393"/>
        <source>{} features: the cost, accuracy and confusion matrix are shown; decision regions need exactly two.</source>
        <translation>{} 個特徵：顯示成本、準確率與混淆矩陣；決策區域需要恰好兩個特徵。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="466"/>
        <source>, {} rows dropped for missing values</source>
        <translation>，{} 列因缺值被捨棄</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="467"/>
        <source>Loaded {m} rows, {n} features, {k} classes{dropped}.</source>
        <translation>已載入 {m} 列、{n} 個特徵、{k} 個類別{dropped}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/csv_import_dialog.py" line="479"/>
        <source>Loading stopped; nothing was imported.</source>
        <translation>已停止載入；沒有匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="30"/>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="31"/>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="32"/>
        <source>tab</source>
        <translation>Tab 字元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="33"/>
        <source>bar</source>
        <translation>直線 |</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="34"/>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="36"/>
        <source>decimal point</source>
        <translation>小數點為句點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="37"/>
        <source>decimal comma</source>
        <translation>小數點為逗號</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="59"/>
        <source>{delimiter}; {decimal}</source>
        <translation>{delimiter}；{decimal}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="170"/>
        <source>it has no values</source>
        <translation>這一欄沒有任何值</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="174"/>
        <source>line {line} has &apos;{value}&apos;, not a number</source>
        <translation>第 {line} 行是「{value}」，不是數字</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="177"/>
        <source> (a decimal comma? Choose &apos;,&apos; as the decimal mark)</source>
        <translation>（小數點是逗號嗎？請把小數點選為「,」）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="179"/>
        <source> (the other numbers have a decimal comma)</source>
        <translation>（其他數字的小數點是逗號）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="181"/>
        <source>&apos;{column}&apos; cannot be a feature: {why}</source>
        <translation>「{column}」不能當特徵：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="183"/>
        <source>&apos;{column}&apos; is not used: {why}</source>
        <translation>「{column}」未使用：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="193"/>
        <source>… and {} more columns that are not numbers</source>
        <translation>……另有 {} 個欄位不是數字</translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="56"/>
        <source>Decision regions</source>
        <translation>決策區域</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="83"/>
        <source>accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="84"/>
        <source>confusion
(rows: true,
columns: predicted)</source>
        <translation>混淆矩陣
（列：真實，
欄：預測）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="183"/>
        <source>No decision regions: this data has {} input columns ({}), and regions can only be drawn over two. The network trains on all of them; the cost, the accuracy and the confusion matrix show how well it does.</source>
        <translation>沒有決策區域：這份資料有 {} 個輸入欄位（{}），決策區域只能畫在兩個輸入上。網路會用全部欄位訓練；成本、準確率與混淆矩陣顯示它學得如何。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="209"/>
        <source>class {}</source>
        <translation>類別 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="218"/>
        <source>training point</source>
        <translation>訓練點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="220"/>
        <source>test point</source>
        <translation>測試點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="221"/>
        <source>misclassified</source>
        <translation>分類錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="234"/>
        <source>confusion on the {}
(rows: true, columns: predicted)</source>
        <translation>{}的混淆矩陣
（列：真實，欄：預測）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="235"/>
        <source>test set</source>
        <translation>測試集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="235"/>
        <source>training set</source>
        <translation>訓練集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="245"/>
        <source>test accuracy</source>
        <translation>測試準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/decision_plot.py" line="245"/>
        <source>training accuracy</source>
        <translation>訓練準確率</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="89"/>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="102"/>
        <source>Unsaved changes</source>
        <translation>尚未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="103"/>
        <source>Save the changes to “{}” before closing it?</source>
        <translation>關閉前要儲存「{}」的變更嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="114"/>
        <source>Recover unsaved work?</source>
        <translation>要復原未儲存的工作嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="115"/>
        <source>desktop_nn did not close properly last time. Recover the project autosaved at {}?</source>
        <translation>desktop_nn 上次沒有正常關閉。要復原在 {} 自動儲存的專案嗎？</translation>
    </message>
</context>
<context>
    <name>HyperparametersPanel</name>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="37"/>
        <source>Iris (UCI)</source>
        <translation>鳶尾花 Iris (UCI)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="37"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="37"/>
        <source>Circles</source>
        <translation>同心圓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="37"/>
        <source>Moons</source>
        <translation>雙月形</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="38"/>
        <source>Spirals</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="38"/>
        <source>Gaussians (overlap)</source>
        <translation>高斯分布（重疊）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="38"/>
        <source>Blobs (separable)</source>
        <translation>群集（可分離）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="40"/>
        <source>setosa / versicolor</source>
        <translation>setosa / versicolor</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="41"/>
        <source>versicolor / virginica</source>
        <translation>versicolor / virginica</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="42"/>
        <source>setosa / virginica</source>
        <translation>setosa / virginica</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="43"/>
        <source>all three (softmax)</source>
        <translation>三類全部 (softmax)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="45"/>
        <source>sigmoid + cross-entropy</source>
        <translation>sigmoid + 交叉熵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="45"/>
        <source>softmax + cross-entropy</source>
        <translation>softmax + 交叉熵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="46"/>
        <source>linear + squared error</source>
        <translation>線性 + 平方誤差</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="47"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="47"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="47"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="47"/>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="48"/>
        <source>linear</source>
        <translation>線性</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="49"/>
        <source>small random ×0.01</source>
        <translation>小隨機值 ×0.01</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="49"/>
        <source>zeros</source>
        <translation>全為零</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="49"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="49"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="50"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="50"/>
        <source>momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="50"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="96"/>
        <source>Share of the data held out as a test set (0 = train on everything, as the chapter does)</source>
        <translation>保留作為測試集的資料比例（0 = 全部用來訓練，如講義的做法）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="97"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="99"/>
        <source>dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="100"/>
        <source>Iris classes</source>
        <translation>Iris 類別</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="101"/>
        <source>Iris x₁</source>
        <translation>Iris x₁</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="102"/>
        <source>Iris x₂</source>
        <translation>Iris x₂</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="103"/>
        <source>points</source>
        <translation>點數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="104"/>
        <source>noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="105"/>
        <source>test share</source>
        <translation>測試比例</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="108"/>
        <source>Input features</source>
        <translation>輸入特徵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="116"/>
        <source>standardise  (x − μ) / σ</source>
        <translation>標準化  (x − μ) / σ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="128"/>
        <source>Type a value (e.g. 0.03 or 1e-4) and press Enter, or pick a preset</source>
        <translation>輸入數值（例如 0.03 或 1e-4）後按 Enter，或選擇預設值</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="141"/>
        <source>Activation of every hidden layer</source>
        <translation>每個隱藏層的激活函數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="144"/>
        <source>The single-neuron models start from zeros unless &apos;small random&apos; is chosen</source>
        <translation>單一神經元模型從零開始，除非選擇「小隨機值」</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="149"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="150"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="152"/>
        <source>learning rate η</source>
        <translation>學習率 η</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="154"/>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="155"/>
        <source>hidden activation</source>
        <translation>隱藏層激活函數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="156"/>
        <source>output / loss</source>
        <translation>輸出 / 損失函數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="157"/>
        <source>initialiser</source>
        <translation>權重初始化</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="158"/>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="159"/>
        <source>optimiser</source>
        <translation>最佳化方法</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="160"/>
        <source>seed</source>
        <translation>亂數種子</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="161"/>
        <source>stop after epochs</source>
        <translation>訓練 epoch 數上限</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="229"/>
        <source>Imported: {}</source>
        <translation>匯入的資料：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="316"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="316"/>
        <source>SGD</source>
        <translation>隨機梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="316"/>
        <source>mini-batch</source>
        <translation>小批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/hyperparameters.py" line="326"/>
        <source>“{}” is not a learning rate: type a positive number such as 0.01 or 1e-4.</source>
        <translation>「{}」不是學習率：請輸入正數，例如 0.01 或 1e-4。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="69"/>
        <source>desktop_nn — neural networks, live</source>
        <translation>desktop_nn — 神經網路，即時呈現</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="142"/>
        <location filename="../../desktop_nn/ui/main_window.py" line="461"/>
        <source>▶ Play</source>
        <translation>▶ 開始</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="143"/>
        <source>Train continuously / pause</source>
        <translation>持續訓練 / 暫停</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="144"/>
        <source>▶| Step</source>
        <translation>▶| 單步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="145"/>
        <source>Train exactly one epoch</source>
        <translation>只訓練一個 epoch</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="146"/>
        <source>⟲ Reset</source>
        <translation>⟲ 重設</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="147"/>
        <source>Back to the same initial weights (same seed)</source>
        <translation>回到相同的初始權重（相同亂數種子）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="148"/>
        <source>New seed</source>
        <translation>新的亂數種子</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="149"/>
        <source>Draw new initial weights</source>
        <translation>重新抽取初始權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="150"/>
        <source>Pin run</source>
        <translation>釘選這次訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="151"/>
        <source>Keep this run&apos;s curve to compare with the next</source>
        <translation>保留這次訓練的曲線，與下一次比較</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="152"/>
        <location filename="../../desktop_nn/ui/main_window.py" line="253"/>
        <source>Step-through</source>
        <translation>逐步追蹤</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="154"/>
        <source>Trace one iteration, formula by formula</source>
        <translation>逐條公式追蹤一次迭代</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="155"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="158"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="161"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="165"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="183"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="185"/>
        <source>&amp;Training</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="189"/>
        <source>&amp;Lecture</source>
        <translation>講課(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="191"/>
        <source>Start the lecture (full screen)</source>
        <translation>開始講課（全螢幕）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="195"/>
        <source>Go to scene</source>
        <translation>跳到場景</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="197"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="198"/>
        <source>About desktop_nn</source>
        <translation>關於 desktop_nn</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="200"/>
        <source>desktop_nn {} — neural networks from the perceptron to deep networks</source>
        <translation>desktop_nn {} — 從感知器到深度神經網路</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_host.py" line="72"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_host.py" line="88"/>
        <source>The interface will be in {} the next time desktop_nn starts.</source>
        <translation>下次啟動 desktop_nn 時介面將使用{}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="205"/>
        <source>epoch 0</source>
        <translation>epoch 0</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="207"/>
        <source>cost —</source>
        <translation>成本 —</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="209"/>
        <source>0 epochs/s</source>
        <translation>0 epoch/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="226"/>
        <source>The lecture scenes cannot be listed: {}</source>
        <translation>無法列出講課場景：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="330"/>
        <source>no hidden</source>
        <translation>無隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="371"/>
        <source>epoch {}</source>
        <translation>epoch {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="373"/>
        <source>cost {}</source>
        <translation>成本 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="374"/>
        <source>{} epochs/s</source>
        <translation>{} epoch/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="448"/>
        <source>The perceptron converged: no misclassification from epoch {} on.  {}</source>
        <translation>感知器已收斂：從第 {} 個 epoch 起沒有分類錯誤。  {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/main_window.py" line="461"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="201"/>
        <source>&amp;New project</source>
        <translation>新專案(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="202"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="203"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="204"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="205"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="207"/>
        <source>Export as Python script…</source>
        <translation>匯出為 Python 程式…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="208"/>
        <source>Export as PyTorch script…</source>
        <translation>匯出為 PyTorch 程式…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="209"/>
        <source>Export weights (.npz)…</source>
        <translation>匯出權重 (.npz)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="210"/>
        <source>Export history (.csv)…</source>
        <translation>匯出訓練紀錄 (.csv)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="211"/>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="218"/>
        <source>Export {} as image (PNG/SVG)…</source>
        <translation>將{}匯出為圖片 (PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="262"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="302"/>
        <location filename="../../desktop_nn/ui/project_controller.py" line="311"/>
        <source>Cannot open project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="310"/>
        <source>the project</source>
        <translation>這個專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="312"/>
        <source>“{}” cannot be shown: {}</source>
        <translation>無法顯示「{}」：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="319"/>
        <source>Opened {}</source>
        <translation>已開啟 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="319"/>
        <source>New project</source>
        <translation>新專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="332"/>
        <source>lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="333"/>
        <source>Save project as</source>
        <translation>專案另存為</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="346"/>
        <source>Cannot save project</source>
        <translation>無法儲存專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="352"/>
        <source>Saved {}</source>
        <translation>已儲存 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="391"/>
        <source>⚠ Autosave failed: {}</source>
        <translation>⚠ 自動儲存失敗：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="429"/>
        <source>Cannot recover</source>
        <translation>無法復原</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="434"/>
        <source>Recovered the project autosaved at {}</source>
        <translation>已復原在 {} 自動儲存的專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="486"/>
        <source>Cannot use the data</source>
        <translation>無法使用這份資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="489"/>
        <source>Imported {}</source>
        <translation>已匯入 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="511"/>
        <source>Train at least one epoch before exporting the run as a script.</source>
        <translation>匯出成程式之前，請至少訓練一個 epoch。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="517"/>
        <location filename="../../desktop_nn/ui/project_controller.py" line="538"/>
        <location filename="../../desktop_nn/ui/project_controller.py" line="550"/>
        <location filename="../../desktop_nn/ui/project_controller.py" line="574"/>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="520"/>
        <source>Export as PyTorch script</source>
        <translation>匯出為 PyTorch 程式</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="520"/>
        <source>Export as Python script</source>
        <translation>匯出為 Python 程式</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="521"/>
        <source>Python scripts (*.py)</source>
        <translation>Python 程式 (*.py)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="538"/>
        <source>There are no weights yet: train the network first.</source>
        <translation>還沒有權重：請先訓練網路。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="540"/>
        <source>Export weights</source>
        <translation>匯出權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="540"/>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy 陣列 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="550"/>
        <source>There is no history yet: train at least one epoch.</source>
        <translation>還沒有訓練紀錄：請至少訓練一個 epoch。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="552"/>
        <source>Export history</source>
        <translation>匯出訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="552"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="562"/>
        <source>Export {} as image</source>
        <translation>將{}匯出為圖片</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="563"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="574"/>
        <source>Cannot write “{}”: {}</source>
        <translation>無法寫入「{}」：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_controller.py" line="576"/>
        <source>Exported {}</source>
        <translation>已匯出 {}</translation>
    </message>
</context>
<context>
    <name>ProjectHost</name>
    <message>
        <location filename="../../desktop_nn/ui/project_host.py" line="139"/>
        <source>its settings or weights do not fit this version of desktop_nn ({}).</source>
        <translation>它的設定或權重不符合這個版本的 desktop_nn（{}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/project_host.py" line="181"/>
        <source>&apos;{0}&apos; has {1} classes: the single-neuron models separate two. Choose a network in the editor, then import again.</source>
        <translation>「{0}」有 {1} 個類別：單一神經元模型只能分開兩類。請先在編輯器中選擇神經網路，再重新匯入。</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../desktop_nn/ui/step_page.py" line="29"/>
        <source>FORWARD</source>
        <translation>前向傳播</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/step_page.py" line="30"/>
        <source>COST</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/step_page.py" line="31"/>
        <source>BACKWARD</source>
        <translation>反向傳播</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/step_page.py" line="32"/>
        <source>UPDATE</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>StepperPane</name>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="87"/>
        <source>Press Step-through to trace one iteration of the network.</source>
        <translation>按「逐步執行」追蹤網路的一次迭代。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="101"/>
        <source>First step (Home)</source>
        <translation>第一步 (Home)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="102"/>
        <source>Previous step (←)</source>
        <translation>上一步 (←)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="103"/>
        <source>Next step (→)</source>
        <translation>下一步 (→)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="104"/>
        <source>Last step (End)</source>
        <translation>最後一步 (End)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="105"/>
        <source>Step automatically</source>
        <translation>自動逐步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="112"/>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="121"/>
        <source>Save PNG…</source>
        <translation>儲存 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="122"/>
        <source>Save the current step as an image</source>
        <translation>將目前這一步存成圖片</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="123"/>
        <source>Save Markdown…</source>
        <translation>儲存 Markdown…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="124"/>
        <source>Save the whole iteration as a Markdown handout</source>
        <translation>將整個迭代存成 Markdown 講義</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="150"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="151"/>
        <source>Dimensions</source>
        <translation>維度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="152"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="284"/>
        <source>step 1 · m = {}</source>
        <translation>第 1 步 · m = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="284"/>
        <source>layer 1</source>
        <translation>第 1 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="285"/>
        <source>Computing the forward pass of {} on {}…</source>
        <translation>正在計算 {} 在 {} 上的前向傳播…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="300"/>
        <source>Tracing the {}…</source>
        <translation>正在追蹤{}…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="301"/>
        <source>Tracing the {} on {}…</source>
        <translation>正在追蹤 {} 在 {} 上…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="323"/>
        <source>{}: {} steps, J = {:.6g}, learning rate α = {:g}</source>
        <translation>{}：{} 步，J = {:.6g}，學習率 α = {:g}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="361"/>
        <source>Computing the backward pass…</source>
        <translation>正在計算反向傳播…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="395"/>
        <source>inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="395"/>
        <source>output layer {}</source>
        <translation>輸出層 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="396"/>
        <source>layer {}</source>
        <translation>第 {} 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="398"/>
        <source>step {} of {} · m = {}</source>
        <translation>第 {} 步，共 {} 步 · m = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="418"/>
        <source> (J was {:.6g})</source>
        <translation>（J 原為 {:.6g}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="419"/>
        <source>Update applied: the weights now hold the stepped values{}. Next ▶ traces the next iteration.</source>
        <translation>已更新：權重已是更新後的值{}。按「下一步 ▶」追蹤下一次迭代。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="429"/>
        <source>Next iteration ▶▶</source>
        <translation>下一次迭代 ▶▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="429"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="440"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="443"/>
        <source>▶ Auto-play</source>
        <translation>▶ 自動播放</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="495"/>
        <source>Save step as PNG</source>
        <translation>將這一步存成 PNG</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepper.py" line="500"/>
        <source>Save trace as Markdown</source>
        <translation>將追蹤存成 Markdown</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../desktop_nn/worker.py" line="106"/>
        <source>Could not build the model: {}</source>
        <translation>無法建立模型：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="108"/>
        <source>The stepped parameters do not fit this model: {}</source>
        <translation>逐步追蹤的參數不符合這個模型：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="112"/>
        <source>Training failed unexpectedly ({}); the details are in the log.</source>
        <translation>訓練意外失敗（{}）；詳細資訊記錄在日誌中。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="163"/>
        <source>The training process could not start: {}</source>
        <translation>無法啟動訓練程序：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="294"/>
        <source>The training process ended unexpectedly again (exit code {}); press Play or change a setting to try once more.</source>
        <translation>訓練程序再次意外結束（結束代碼 {}）；按「開始」或變更任一設定即可再試一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="301"/>
        <source>The training process ended unexpectedly (exit code {}); a new one starts again from epoch 0.</source>
        <translation>訓練程序意外結束（結束代碼 {}）；已啟動新的訓練程序，從第 0 次迭代重新開始。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="99"/>
        <source>Training goes on from the step-through&apos;s parameters.</source>
        <translation>訓練從逐步追蹤得到的參數繼續。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="96"/>
        <source>Stopped after {} epochs (the epoch limit); raise it to train on.</source>
        <translation>已在 {} 次迭代後停止（迭代上限）；提高上限即可繼續訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker.py" line="91"/>
        <source>Training diverged at epoch {0}: the cost became {1}. The plots show the last good state. Try a smaller learning rate (now {2}, e.g. {3}).</source>
        <translation>訓練在第 {0} 次迭代發散：成本變成 {1}。圖表顯示最後一個正常的狀態。請試較小的學習率（目前 {2}，例如 {3}）。</translation>
    </message>
</context>
</TS>
