<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArchitectureEditor</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="58"/>
        <source>Neural network</source>
        <translation>神經網路</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="59"/>
        <source>Perceptron (Rosenblatt)</source>
        <translation>感知器 (Rosenblatt)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="60"/>
        <source>Adaline, batch GD</source>
        <translation>Adaline，批次梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="61"/>
        <source>Adaline, SGD</source>
        <translation>Adaline，隨機梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="62"/>
        <source>Logistic regression</source>
        <translation>邏輯斯迴歸</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="104"/>
        <source>Remove the last hidden layer</source>
        <translation>移除最後一個隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="105"/>
        <source>Add a hidden layer</source>
        <translation>新增一個隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="120"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="151"/>
        <source>&lt;i&gt;Point at a neuron to see its formula and its output over the input plane; point at a link to read its weight.&lt;/i&gt;</source>
        <translation>&lt;i&gt;指向神經元可看到它的公式和它在輸入平面上的輸出；指向連線可讀出它的權重。&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="297"/>
        <source>{} weights</source>
        <translation>{} 個權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="94"/>
        <source>input {}</source>
        <translation>輸入 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="106"/>
        <source>output layer</source>
        <translation>輸出層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="107"/>
        <source>hidden layer {}</source>
        <translation>隱藏層 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="109"/>
        <source>← its output over the input plane</source>
        <translation>← 它在輸入平面上的輸出</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/editor_readouts.py" line="124"/>
        <source>from neuron {} of layer {} to neuron {} of layer {}</source>
        <translation>從第 {1} 層的神經元 {0} 到第 {3} 層的神經元 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="323"/>
        <source>{} hidden layers</source>
        <translation>{} 個隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="321"/>
        <source>single neuron</source>
        <translation>單一神經元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="322"/>
        <source>1 hidden layer</source>
        <translation>1 個隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="361"/>
        <source>inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="364"/>
        <source>output
{}</source>
        <translation>輸出
{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="365"/>
        <source>{}
{}</source>
        <translation>{}
{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="368"/>
        <source>layer {}
{} · {}</source>
        <translation>第 {} 層
{} · {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="373"/>
        <source>Remove a neuron</source>
        <translation>移除一個神經元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/architecture_editor.py" line="374"/>
        <source>Add a neuron</source>
        <translation>新增一個神經元</translation>
    </message>
</context>
<context>
    <name>BatchChooser</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="29"/>
        <source>All m examples</source>
        <translation>全部 m 個樣本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="29"/>
        <source>One mini-batch</source>
        <translation>一個小批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="30"/>
        <source>One example (m = 1)</source>
        <translation>一個樣本 (m = 1)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="32"/>
        <source>Mini-batch size</source>
        <translation>小批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="32"/>
        <source>size </source>
        <translation>大小 </translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="33"/>
        <source>Which mini-batch / which example (from 0)</source>
        <translation>第幾個小批次 / 第幾個樣本（從 0 起算）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="34"/>
        <source># </source>
        <translation># </translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="89"/>
        <source>example x({}) of {}</source>
        <translation>{1} 個樣本中的 x({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="94"/>
        <source>mini-batch {} (columns {}–{} of {})</source>
        <translation>小批次 {0}（{3} 行中的第 {1}–{2} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/batch_chooser.py" line="95"/>
        <source>all {} examples</source>
        <translation>全部 {} 個樣本</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="31"/>
        <source>misclassifications</source>
        <translation>誤分類數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="31"/>
        <source>SSE  ½Σ(y − z)²</source>
        <translation>誤差平方和 SSE  ½Σ(y − z)²</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="32"/>
        <source>cross-entropy J</source>
        <translation>交叉熵成本 J</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="32"/>
        <source>squared error J</source>
        <translation>平方誤差成本 J</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="33"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="33"/>
        <source>errors</source>
        <translation>錯誤數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="59"/>
        <source>Cost and accuracy per epoch</source>
        <translation>每個 epoch 的成本與準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="66"/>
        <source>log scale</source>
        <translation>對數刻度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="68"/>
        <source>Plot log10 of the cost, as the chapter&apos;s learning-rate slide does</source>
        <translation>畫出成本的 log10，如講義中學習率那一頁</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="70"/>
        <source>Pin run</source>
        <translation>釘選這次訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="72"/>
        <source>Keep this run&apos;s curves as a faded overlay to compare with the next</source>
        <translation>保留這次訓練的曲線（淡色），與下一次比較</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="74"/>
        <source>Clear pins</source>
        <translation>清除釘選</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="98"/>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="200"/>
        <source>accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="98"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="103"/>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="105"/>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="339"/>
        <source>test</source>
        <translation>測試</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="162"/>
        <source>run {}</source>
        <translation>訓練 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="202"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="203"/>
        <source>{} and R² per epoch</source>
        <translation>每個 epoch 的 {} 與 R²</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="204"/>
        <source>{} and R²</source>
        <translation>{} 與 R²</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="209"/>
        <source>Misclassifications during each epoch, accuracy after it</source>
        <translation>每個 epoch 期間的誤分類數，以及之後的準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="210"/>
        <source>errors during, accuracy after</source>
        <translation>期間錯誤數、之後準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="212"/>
        <source>{} and accuracy per epoch</source>
        <translation>每個 epoch 的 {} 與準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/cost_plot.py" line="213"/>
        <source>{} and accuracy</source>
        <translation>{}與準確率</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="95"/>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="224"/>
        <source>Import a CSV file</source>
        <translation>匯入 CSV 檔</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="105"/>
        <source>a .csv or .txt file</source>
        <translation>.csv 或 .txt 檔</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="64"/>
        <source>delimiter</source>
        <translation>分隔符號</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="65"/>
        <source>encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="66"/>
        <source>decimal mark</source>
        <translation>小數點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_format.py" line="67"/>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="65"/>
        <source>header</source>
        <translation>標題列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="59"/>
        <source>standardise the features  (x − μ) / σ</source>
        <translation>標準化特徵  (x − μ) / σ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="62"/>
        <source>Recommended: features on different scales slow gradient descent down</source>
        <translation>建議勾選：尺度不同的特徵會讓梯度下降變慢</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="64"/>
        <source>drop rows with missing values</source>
        <translation>捨棄有缺值的列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="53"/>
        <source>Columns</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="67"/>
        <source>the label is a number to fit (regression)</source>
        <translation>標籤是要擬合的數值（迴歸）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="85"/>
        <source>features (inputs)</source>
        <translation>特徵（輸入）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="86"/>
        <source>label (class)</source>
        <translation>標籤（類別）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="134"/>
        <source>Limits: up to {rows} rows, {mb} MB, {cols} columns and {classes} classes; features must be numbers, the label may be text.</source>
        <translation>限制：最多 {rows} 列、{mb} MB、{cols} 欄、{classes} 個類別；特徵必須是數字，標籤可以是文字。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="150"/>
        <source>Load</source>
        <translation>載入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="152"/>
        <source>Stop loading</source>
        <translation>停止載入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="155"/>
        <source>Use this data</source>
        <translation>使用這份資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="225"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 與文字檔 (*.csv *.txt *.tsv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="299"/>
        <source>Unexpected error while reading the file: {}</source>
        <translation>讀取檔案時發生未預期的錯誤：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="43"/>
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="43"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="66"/>
        <source>{rows} rows · {cols} columns · {size} kB · delimiter: {d} · encoding: {e} · {h}</source>
        <translation>{rows} 列 · {cols} 欄 · {size} kB · 分隔符號：{d} · 編碼：{e} · {h}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_preview.py" line="65"/>
        <source>no header</source>
        <translation>無標題列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="152"/>
        <source>Tick at least one feature column.</source>
        <translation>請至少勾選一個特徵欄位。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="154"/>
        <source>Two features: the decision regions are drawn over them.</source>
        <translation>兩個特徵：決策區域會畫在這兩個特徵上。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="156"/>
        <source>One feature: trains; the regions are drawn along one axis.</source>
        <translation>一個特徵：可以訓練；決策區域沿一個軸畫出。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="158"/>
        <source>{} features: the cost, accuracy and confusion matrix are shown; decision regions need exactly two.</source>
        <translation>{} 個特徵：顯示成本、準確率與混淆矩陣；決策區域需要恰好兩個特徵。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="354"/>
        <source>, {} rows dropped for missing values</source>
        <translation>，{} 列因缺值被捨棄</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="358"/>
        <source>Loaded {m} rows, {n} features and numbers to fit ({lo} to {hi}){dropped}.</source>
        <translation>已載入 {m} 列、{n} 個特徵與要擬合的數值（{lo} 到 {hi}）{dropped}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="362"/>
        <source>Loaded {m} rows, {n} features, {k} classes{dropped}.</source>
        <translation>已載入 {m} 列、{n} 個特徵、{k} 個類別{dropped}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_import_dialog.py" line="322"/>
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
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="178"/>
        <source>it has no values</source>
        <translation>這一欄沒有任何值</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="182"/>
        <source>line {line} has &apos;{value}&apos;, not a number</source>
        <translation>第 {line} 行是「{value}」，不是數字</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="185"/>
        <source> (a decimal comma? Choose &apos;,&apos; as the decimal mark)</source>
        <translation>（小數點是逗號嗎？請把小數點選為「,」）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="187"/>
        <source> (the other numbers have a decimal comma)</source>
        <translation>（其他數字的小數點是逗號）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="189"/>
        <source>&apos;{column}&apos; cannot be a feature: {why}</source>
        <translation>「{column}」不能當特徵：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="191"/>
        <source>&apos;{column}&apos; is not used: {why}</source>
        <translation>「{column}」未使用：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/csv_columns.py" line="201"/>
        <source>… and {} more columns that are not numbers</source>
        <translation>……另有 {} 個欄位不是數字</translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="70"/>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="123"/>
        <source>Decision regions</source>
        <translation>決策區域</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="97"/>
        <source>accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="98"/>
        <source>confusion
(rows: true,
columns: predicted)</source>
        <translation>混淆矩陣
（列：真實，
欄：預測）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="265"/>
        <source>No decision regions: this data has {} input columns ({}), and regions can only be drawn over two. The network trains on all of them; the cost, the accuracy and the confusion matrix show how well it does.</source>
        <translation>沒有決策區域：這份資料有 {} 個輸入欄位（{}），決策區域只能畫在兩個輸入上。網路會用全部欄位訓練；成本、準確率與混淆矩陣顯示它學得如何。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="298"/>
        <source>class {}</source>
        <translation>類別 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="307"/>
        <source>training point</source>
        <translation>訓練點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="309"/>
        <source>test point</source>
        <translation>測試點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="310"/>
        <source>misclassified</source>
        <translation>分類錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="328"/>
        <source>confusion, {}:
rows true, columns predicted</source>
        <translation>{}的混淆矩陣：
列為真實，欄為預測</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="329"/>
        <source>test set</source>
        <translation>測試集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="329"/>
        <source>training set</source>
        <translation>訓練集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="339"/>
        <source>test accuracy</source>
        <translation>測試準確率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/decision_plot.py" line="339"/>
        <source>training accuracy</source>
        <translation>訓練準確率</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="40"/>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="53"/>
        <source>Unsaved changes</source>
        <translation>尚未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="54"/>
        <source>Save the changes to “{}” before closing it?</source>
        <translation>關閉前要儲存「{}」的變更嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="66"/>
        <source>Recover unsaved work?</source>
        <translation>要復原未儲存的工作嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/file_dialogs.py" line="67"/>
        <source>desktop_nn did not close properly last time. Recover the project autosaved at {}?</source>
        <translation>desktop_nn 上次沒有正常關閉。要復原在 {} 自動儲存的專案嗎？</translation>
    </message>
</context>
<context>
    <name>DimensionsTable</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="34"/>
        <source>layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="34"/>
        <source>units</source>
        <translation>單元數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="134"/>
        <source>Matrix dimensions of the {} network</source>
        <translation>{} 網路的矩陣維度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="148"/>
        <source>Z, A and dZ have one column per example; b[l] (n[l], 1) is broadcast across the m columns when it is added to W[l] A[l−1]. dW[l] always has the shape of W[l], and db[l] that of b[l].</source>
        <translation>Z、A 和 dZ 每個樣本佔一行；b[l] (n[l], 1) 加到 W[l] A[l−1] 時會廣播到 m 行。dW[l] 的形狀永遠和 W[l] 相同，db[l] 的形狀和 b[l] 相同。</translation>
    </message>
</context>
<context>
    <name>DrawData</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="110"/>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="171"/>
        <source>✎ Draw</source>
        <translation>✎ 畫資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="111"/>
        <source>Draw your own data: click adds a point, a drag sprays points, a right-click erases one</source>
        <translation>畫出你自己的資料：點一下加一個點，拖曳會噴出一串點，按右鍵擦掉一個點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="129"/>
        <source>Draw points of class {}</source>
        <translation>畫類別 {} 的點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="141"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="142"/>
        <source>Remove every point: draw on an empty canvas (Undo brings them back)</source>
        <translation>移除所有的點：在空白畫布上畫（復原可以把它們找回來）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="208"/>
        <source>Drawing a function to fit: a click adds a point (x, y), the input x and the number y to fit; a drag sprays points, a right-click erases the nearest; Undo takes them back.</source>
        <translation>畫一個要擬合的函數：點一下加上一個點 (x, y)，也就是輸入 x 與要擬合的數值 y；拖曳會噴出一串點，按右鍵擦掉最近的點；復原可以收回。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="210"/>
        <source>Drawing: a click adds a point of the chosen class, a drag sprays points, a right-click erases the nearest; Undo takes them back.</source>
        <translation>畫圖中：點一下加上選定類別的一個點，拖曳會噴出一串點，按右鍵擦掉最近的點；復原可以收回。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/draw_data.py" line="276"/>
        <source>The numbers a regression over two inputs fits are colours on the plane: they cannot be drawn</source>
        <translation>兩個輸入的迴歸要擬合的數值是平面上的顏色：無法用畫的</translation>
    </message>
</context>
<context>
    <name>ExerciseMode</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="81"/>
        <source>✎ Exercises</source>
        <translation>✎ 練習</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="84"/>
        <source>Exercise mode: answer before the step shows its result ({})</source>
        <translation>練習模式：先作答，再看這一步的結果（{}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="128"/>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="318"/>
        <source>No question at this step: read it, then go on.</source>
        <translation>這一步沒有題目：讀一讀，再往下走。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="177"/>
        <source>Computing the forward pass…</source>
        <translation>正在計算前向傳播…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="308"/>
        <source>Score: {} / {} correct</source>
        <translation>得分：{} / {} 題答對</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="310"/>
        <source> · {} skipped</source>
        <translation> · 跳過 {} 題</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="325"/>
        <source>Hint: {}</source>
        <translation>提示：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="342"/>
        <source>Right.</source>
        <translation>正確。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="344"/>
        <source>The value is {}.</source>
        <translation>答案是 {}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="346"/>
        <source>Not right.</source>
        <translation>不正確。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="347"/>
        <source>You typed {}; the right value is {}.</source>
        <translation>你填的是 {}；正確答案是 {}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_mode.py" line="350"/>
        <source>Revealed:</source>
        <translation>已揭曉：</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="54"/>
        <source>your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="56"/>
        <source>Check</source>
        <translation>批改</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="56"/>
        <source>Mark the answer (Enter)</source>
        <translation>批改答案（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="58"/>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="59"/>
        <source>First the formula, then the numbers that go in</source>
        <translation>先給公式，再給代入的數字</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="60"/>
        <source>Reveal</source>
        <translation>揭曉</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/exercise_panel.py" line="61"/>
        <source>Show the value and its working (counts as skipped)</source>
        <translation>顯示答案與計算過程（算作跳過）</translation>
    </message>
</context>
<context>
    <name>ExerciseSet</name>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="60"/>
        <source>Exercise set — desktop_nn</source>
        <translation>練習題組 — desktop_nn</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="70"/>
        <source>The layer sizes n[0], …, n[L], e.g. 2, 3, 1</source>
        <translation>各層的大小 n[0], …, n[L]，例如 2, 3, 1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="76"/>
        <source>Give each student a seed of their own: the same questions with other numbers</source>
        <translation>給每位學生各自的種子：題目相同，數字不同</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="83"/>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="89"/>
        <source>Reset answers</source>
        <translation>清除作答</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="94"/>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="241"/>
        <source>Export worksheet</source>
        <translation>匯出學習單</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="97"/>
        <source>PDF (to print)…</source>
        <translation>PDF（列印用）…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="98"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="99"/>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="111"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="112"/>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="113"/>
        <source>Difficulty</source>
        <translation>難度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="213"/>
        <source>{} / {} correct ({} answered)</source>
        <translation>答對 {} / {} 題（已作答 {} 題）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="225"/>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="236"/>
        <source>Generate a set first.</source>
        <translation>請先產生一組題目。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="230"/>
        <source>The worksheet could not be written: {}</source>
        <translation>無法寫出學習單：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="238"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="238"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/exercise_window.py" line="239"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="80"/>
        <source>Answer to question {}</source>
        <translation>第 {} 題的答案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="81"/>
        <source>Check</source>
        <translation>批改</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="84"/>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="117"/>
        <source>a number, e.g. 0,25 or 1/4</source>
        <translation>一個數，例如 0,25 或 1/4</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="118"/>
        <source>rows × columns, e.g. (4, 3)</source>
        <translation>列 × 行，例如 (4, 3)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="119"/>
        <source>+, − or 0</source>
        <translation>+、− 或 0</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="120"/>
        <source>a letter</source>
        <translation>一個字母</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="140"/>
        <source>✔ Right: {}</source>
        <translation>✔ 正確：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="142"/>
        <source>✘ Not right: the answer is {}</source>
        <translation>✘ 不正確：答案是 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="148"/>
        <source>Working: {}</source>
        <translation>計算過程：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="157"/>
        <source>Hint: {}</source>
        <translation>提示：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/exercises/question_card.py" line="164"/>
        <source>The numbers: {}.</source>
        <translation>代入的數字：{}。</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="55"/>
        <source>Type an answer first.</source>
        <translation>請先填寫答案。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="56"/>
        <source>“{text}” is not a number: type e.g. 0.25, 0,25, -1/2 or 1e-3.</source>
        <translation>“{text}”不是數字：請填例如 0.25、0,25、-1/2 或 1e-3。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="57"/>
        <source>“{text}” divides by zero.</source>
        <translation>“{text}”除以零。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="58"/>
        <source>“{text}” is not a shape: type the numbers of rows and columns, e.g. (4, 3) or 4x3.</source>
        <translation>“{text}”不是形狀：請填列數與行數，例如 (4, 3) 或 4x3。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="60"/>
        <source>“{text}” is not a sign: type +, - or 0.</source>
        <translation>“{text}”不是正負號：請填 +、- 或 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="61"/>
        <source>“{text}” is not one of the options {options}.</source>
        <translation>“{text}”不是選項 {options} 之一。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="62"/>
        <source>Right within 1 % of the exact value (within 0.0001 when it is that close to 0).</source>
        <translation>與正確值相差 1 % 以內即算對（正確值接近 0 時，相差 0.0001 以內）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/answers.py" line="64"/>
        <source>Must be exact.</source>
        <translation>必須完全正確。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="28"/>
        <source>Perceptron: what is the net input z for the flower x({i})?</source>
        <translation>感知器：花 x({i}) 的淨輸入 z 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="29"/>
        <source>Perceptron: what does it predict for the flower x({i}), ŷ = + (versicolor) or − (setosa)?</source>
        <translation>感知器：對花 x({i}) 的預測 ŷ 是 +（versicolor）還是 −（setosa）？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="31"/>
        <source>Perceptron: by how much does the learning rule change w₁ on this flower (Δw₁)?</source>
        <translation>感知器：學習規則在這朵花上讓 w₁ 改變多少（Δw₁）？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="33"/>
        <source>Perceptron: what is {name} after the update on the flower x({i})?</source>
        <translation>感知器：在花 x({i}) 上更新之後，{name} 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="34"/>
        <source>Adaline: what is the error e of the first flower before the step?</source>
        <translation>Adaline：更新之前，第一朵花的誤差 e 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="35"/>
        <source>Adaline, one batch gradient-descent step on the {m} flowers: what is {name} after the step?</source>
        <translation>Adaline，在 {m} 朵花上做一次批次梯度下降：更新之後 {name} 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="37"/>
        <source>Adaline: what is the cost J after that one step?</source>
        <translation>Adaline：這一步之後的成本 J 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="38"/>
        <source>Logistic regression: what is the output a of the first flower before the step?</source>
        <translation>邏輯斯迴歸：更新之前，第一朵花的輸出 a 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="40"/>
        <source>Logistic regression: what is the cost J over the {m} flowers before the step?</source>
        <translation>邏輯斯迴歸：更新之前，{m} 朵花的成本 J 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="42"/>
        <source>Logistic regression, one gradient-descent step: what is {name} after the step?</source>
        <translation>邏輯斯迴歸，做一次梯度下降：更新之後 {name} 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="45"/>
        <source>z = wᵀx + b = w₁x₁ + w₂x₂ + b</source>
        <translation>z = wᵀx + b = w₁x₁ + w₂x₂ + b</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="46"/>
        <source>ŷ = +1 if z ≥ 0, else −1</source>
        <translation>若 z ≥ 0 則 ŷ = +1，否則 ŷ = −1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="47"/>
        <source>Δwⱼ = η (y − ŷ) xⱼ,  wⱼ := wⱼ + Δwⱼ,  b := b + η (y − ŷ)</source>
        <translation>Δwⱼ = η (y − ŷ) xⱼ,  wⱼ := wⱼ + Δwⱼ,  b := b + η (y − ŷ)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="48"/>
        <source>e = y − z with z = wᵀx + b (Adaline&apos;s activation is linear)</source>
        <translation>e = y − z，其中 z = wᵀx + b（Adaline 的激活函數是線性的）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="49"/>
        <source>e = y − (Xw + b),  w := w + η Xᵀe,  b := b + η Σ e</source>
        <translation>e = y − (Xw + b),  w := w + η Xᵀe,  b := b + η Σ e</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="50"/>
        <source>J = ½ Σ e², with the errors of the new weights</source>
        <translation>J = ½ Σ e²，用新權重的誤差計算</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="51"/>
        <source>a = σ(z) = 1 / (1 + e^(−z)),  z = wᵀx + b</source>
        <translation>a = σ(z) = 1 / (1 + e^(−z)),  z = wᵀx + b</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="52"/>
        <source>J = −(1/m) Σ [t log a + (1 − t) log(1 − a)]</source>
        <translation>J = −(1/m) Σ [t log a + (1 − t) log(1 − a)]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="53"/>
        <source>dz = a − t,  dw = (1/m) Xᵀdz,  db = (1/m) Σ dz,  w := w − α dw,  b := b − α db</source>
        <translation>dz = a − t,  dw = (1/m) Xᵀdz,  db = (1/m) Σ dz,  w := w − α dw,  b := b − α db</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="56"/>
        <source>{name} = {terms} = {value}</source>
        <translation>{name} = {terms} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="57"/>
        <source>z = {z}, so ŷ = {yhat}</source>
        <translation>z = {z}，所以 ŷ = {yhat}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="58"/>
        <source>Δw₁ = η (y − ŷ) x₁ = {eta} · ({y} − {yhat}) · {x} = {value}</source>
        <translation>Δw₁ = η (y − ŷ) x₁ = {eta} · ({y} − {yhat}) · {x} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="59"/>
        <source>{name} := {before} + {eta} · ({y} − {yhat}) · {x} = {value}</source>
        <translation>{name} := {before} + {eta} · ({y} − {yhat}) · {x} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="60"/>
        <source>e = y − z = {y} − {z} = {value}</source>
        <translation>e = y − z = {y} − {z} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="61"/>
        <source>errors e = {e}; {name} := {before} + {eta} · {sum} = {value}</source>
        <translation>誤差 e = {e}；{name} := {before} + {eta} · {sum} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="62"/>
        <source>new weights w = {w}, b = {b}; errors e = {e}; J = ½ Σ e² = {value}</source>
        <translation>新權重 w = {w}、b = {b}；誤差 e = {e}；J = ½ Σ e² = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="63"/>
        <source>z = {z}, a = σ({z}) = {value}</source>
        <translation>z = {z}，a = σ({z}) = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="64"/>
        <source>t = {t}, a = {a}: J = {value}</source>
        <translation>t = {t}，a = {a}：J = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/classic_questions.py" line="65"/>
        <source>dz = a − t = {dz}; {name} := {before} − {alpha} · {grad} = {value}</source>
        <translation>dz = a − t = {dz}；{name} := {before} − {alpha} · {grad} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="18"/>
        <source>What is the entry of {name} in row {row}, column {col}?</source>
        <translation>{name} 第 {row} 列、第 {col} 行的元素是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="19"/>
        <source>What is the entry of {name} in row {row}, column {col} after the update?</source>
        <translation>更新之後，{name} 第 {row} 列、第 {col} 行的元素是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="21"/>
        <source>Is the entry of {name} in row {row}, column {col} positive, negative or zero? Type +, - or 0.</source>
        <translation>{name} 第 {row} 列、第 {col} 行的元素是正、負還是零？請填 +、- 或 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="30"/>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="23"/>
        <source>What is the shape of {name}? Type (rows, columns).</source>
        <translation>{name} 的形狀是什麼？請填（列數, 行數）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="25"/>
        <source>{formula}: row {row} of {W} times column {col} of {A} (multiply entry by entry, then add up), plus entry {row} of {b}.</source>
        <translation>{formula}：{W} 的第 {row} 列乘上 {A} 的第 {col} 行（逐項相乘再相加），再加上 {b} 的第 {row} 個元素。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="27"/>
        <source>{formula}: apply {g} to the entry of {Z} in the same place.</source>
        <translation>{formula}：對 {Z} 同一位置的元素套用 {g}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="28"/>
        <source>{formula}: e to the entry of {Z}, divided by the sum of e to every entry of column {col} of {Z}.</source>
        <translation>{formula}：e 的 {Z} 該元素次方，除以 {Z} 第 {col} 行每個元素的 e 次方之和。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="30"/>
        <source>{formula}: the entry of {left} minus the entry of {right} in the same place.</source>
        <translation>{formula}：{left} 的元素減去 {right} 同一位置的元素。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="32"/>
        <source>{formula}: the entry of {left} times the entry of {right} in the same place.</source>
        <translation>{formula}：{left} 的元素乘上 {right} 同一位置的元素。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="34"/>
        <source>{formula}: row {row} of {dZ} times column {col} of {AT} (multiply entry by entry, then add up), divided by m = {m}.</source>
        <translation>{formula}：{dZ} 的第 {row} 列乘上 {AT} 的第 {col} 行（逐項相乘再相加），再除以 m = {m}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="36"/>
        <source>{formula}: the sum of row {row} of {dZ}, divided by m = {m}.</source>
        <translation>{formula}：{dZ} 第 {row} 列的總和，除以 m = {m}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="37"/>
        <source>{formula}: row {row} of {WT} times column {col} of {dZ} (multiply entry by entry, then add up).</source>
        <translation>{formula}：{WT} 的第 {row} 列乘上 {dZ} 的第 {col} 行（逐項相乘再相加）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="39"/>
        <source>{formula}: the entry of {P} minus α = {alpha} times the entry of {dP} in the same place.</source>
        <translation>{formula}：{P} 的元素減去 α = {alpha} 乘上 {dP} 同一位置的元素。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="41"/>
        <source>{hint} Only its sign is asked.</source>
        <translation>{hint} 只問它的正負號。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="42"/>
        <source>{formula}: a (p, q) · (q, r) product is (p, r); + − * keep the shape (a (p, 1) column is copied across the columns); a function g acts entry by entry; a sum over the columns leaves one column.</source>
        <translation>{formula}：(p, q) · (q, r) 的乘積是 (p, r)；+ − * 保持形狀（(p, 1) 的行向量會複製到每一行）；函數 g 逐元素作用；對各行加總只剩一行。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="46"/>
        <source>The numbers: {operands}.</source>
        <translation>代入的數字：{operands}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="47"/>
        <source>row {row} of {name} = {values}</source>
        <translation>{name} 的第 {row} 列 = {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="48"/>
        <source>column {col} of {name} = {values}</source>
        <translation>{name} 的第 {col} 行 = {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="49"/>
        <source>{name}[{row}, {col}] = {values}</source>
        <translation>{name}[{row}, {col}] = {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="50"/>
        <source>{name} is {shape}</source>
        <translation>{name} 是 {shape}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="51"/>
        <source>The operands&apos; shapes: {operands}.</source>
        <translation>運算元的形狀：{operands}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="53"/>
        <source>{lhs} = {expression} = {value}</source>
        <translation>{lhs} = {expression} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="54"/>
        <source>{lhs} = {expression} = {value}: {sign}</source>
        <translation>{lhs} = {expression} = {value}：{sign}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="55"/>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="55"/>
        <source>negative</source>
        <translation>負</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="56"/>
        <source>zero</source>
        <translation>零</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="57"/>
        <source>(Σ of {n} products = {sum})</source>
        <translation>（{n} 個乘積之和 = {sum}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/trace_sentences.py" line="58"/>
        <source>(Σ of {n} entries = {sum})</source>
        <translation>（{n} 個元素之和 = {sum}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="39"/>
        <source>easy</source>
        <translation>簡單</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="40"/>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="41"/>
        <source>hard</source>
        <translation>困難</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="65"/>
        <source>Exercise set: network {dims}, seed {seed}, {difficulty}</source>
        <extracomment>which questions each difficulty asks, in order (&quot;L&quot; is the output layer, &quot;L-1&quot; the one below; a question the network cannot ask, like dZ[L-1] of a single layer, is left out)</extracomment>
        <translation>練習題組：網路 {dims}、種子 {seed}、{difficulty}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="66"/>
        <source>The network n = {dims}: hidden layers {hidden}, output {output}, learning rate α = {alpha}. The example x({i}) is one of {m} points of the data set “{data}”; its label is y({i}).</source>
        <translation>網路 n = {dims}：隱藏層 {hidden}、輸出 {output}、學習率 α = {alpha}。樣本 x({i}) 是資料集「{data}」{m} 個點中的一個；它的標籤是 y({i})。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="69"/>
        <source>The chapter&apos;s network n = {dims} (L = {L}), with m = {m} examples in the columns of X.</source>
        <translation>本章的網路 n = {dims}（L = {L}），X 的各行是 m = {m} 個樣本。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="71"/>
        <source>Perceptron, learning rate η = {eta}, on one Iris flower: x₁ = sepal length, x₂ = petal length (cm); y = −1 for setosa, +1 for versicolor.</source>
        <translation>感知器，學習率 η = {eta}，在一朵 Iris 花上：x₁ = 花萼長度，x₂ = 花瓣長度（cm）；setosa 的 y = −1，versicolor 的 y = +1。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="74"/>
        <source>Adaline, learning rate η = {eta}, one batch step on {m} Iris flowers (the rows of X); y = −1 for setosa, +1 for versicolor.</source>
        <translation>Adaline，學習率 η = {eta}，在 {m} 朵 Iris 花（X 的各列）上做一次批次更新；setosa 的 y = −1，versicolor 的 y = +1。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="76"/>
        <source>Logistic regression, learning rate α = {alpha}, one step on {m} Iris flowers (the rows of X); t = 1 for versicolor, 0 for setosa.</source>
        <translation>邏輯斯迴歸，學習率 α = {alpha}，在 {m} 朵 Iris 花（X 的各列）上做一步；versicolor 的 t = 1，setosa 的 t = 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/generate.py" line="78"/>
        <source>random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="29"/>
        <source>The cost of the example x({i}) alone: what is J?</source>
        <translation>只看樣本 x({i}) 的成本：J 是多少？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="31"/>
        <source>W[l] is (n[l], n[l−1]): one row per unit of layer l, one column per unit of layer l−1.</source>
        <translation>W[l] 是 (n[l], n[l−1])：第 l 層每個單元一列，第 l−1 層每個單元一行。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="33"/>
        <source>{formula} with a = {a} and y = {y}: J = {value}</source>
        <translation>{formula}，其中 a = {a}、y = {y}：J = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/network_questions.py" line="34"/>
        <source>{name} is (n[{l}], n[{p}]) = {shape}</source>
        <translation>{name} 是 (n[{l}], n[{p}]) = {shape}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="29"/>
        <source>Seed {seed} · network n = {dims} · difficulty {difficulty} · {count} questions</source>
        <translation>種子 {seed} · 網路 n = {dims} · 難度 {difficulty} · {count} 題</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="31"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="32"/>
        <source>Questions</source>
        <translation>題目</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="33"/>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="34"/>
        <source>Answer key</source>
        <translation>解答</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="35"/>
        <source>The keys are the app&apos;s own numbers for seed {seed}; an answer is right within 1 % of the key (shapes and signs exactly).</source>
        <translation>答案是本程式在種子 {seed} 下算出的數字；與答案相差 1 % 以內即算對（形狀與正負號須完全相同）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="37"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="38"/>
        <source>question</source>
        <translation>題目</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="39"/>
        <source>key</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="40"/>
        <source>rounded</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/worksheet.py" line="41"/>
        <source>Working</source>
        <translation>計算過程</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="89"/>
        <source>each hidden unit learns a different feature</source>
        <extracomment>every question&apos;s countdown unless it gives its own, and whether it starts on arrival the data a question may use: name → (number of examples, features); Iris as the slides select it the statements of the zero-initialisation question, in order (a, b, c); which are true is read from the run (see zero_init_reveal)</extracomment>
        <translation>每個隱藏單元學到不同的特徵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="90"/>
        <source>the hidden units stay identical (copies)</source>
        <translation>隱藏單元保持相同（彼此是複本）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="91"/>
        <source>the cost diverges</source>
        <translation>成本發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="102"/>
        <source>a question scene needs &apos;hide&apos;, the value the class predicts: one of {names}</source>
        <translation>問題場景需要 &apos;hide&apos;，也就是全班要預測的值：{names} 之一</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="105"/>
        <source>&apos;hide&apos; = &apos;{hide}&apos; is not a value this app can compute; one of {names}</source>
        <translation>&apos;hide&apos; = &apos;{hide}&apos; 不是本程式能計算的值；請用 {names} 之一</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="111"/>
        <source>&apos;{key}&apos; does not apply to the question &apos;{hide}&apos; (it uses: {uses})</source>
        <translation>&apos;{key}&apos; 不適用於問題 &apos;{hide}&apos;（它使用：{uses}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="114"/>
        <source>&apos;question&apos; is empty: write the question the class sees</source>
        <translation>&apos;question&apos; 是空的：請寫下全班看到的問題</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="118"/>
        <source>&apos;countdown&apos; must be from {lo} to {hi} seconds, got {value}</source>
        <translation>&apos;countdown&apos; 必須在 {lo} 到 {hi} 秒之間，目前是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="121"/>
        <source>&apos;data&apos; = &apos;{value}&apos; is not a data set; one of {names}</source>
        <translation>&apos;data&apos; = &apos;{value}&apos; 不是資料集；請用 {names} 之一</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="124"/>
        <source>&apos;example&apos; must be from 0 to {last} (&apos;{data}&apos; has {m} examples), got {value}</source>
        <translation>&apos;example&apos; 必須在 0 到 {last} 之間（&apos;{data}&apos; 有 {m} 個樣本），目前是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="128"/>
        <source>&apos;eta&apos; must be a learning rate above 0, got {value}</source>
        <translation>&apos;eta&apos; 必須是大於 0 的學習率，目前是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="130"/>
        <source>&apos;epochs&apos; must be from 1 to {hi} for a question, got {value}</source>
        <translation>問題的 &apos;epochs&apos; 必須在 1 到 {hi} 之間，目前是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="139"/>
        <source>&apos;options&apos; must list {lo} to {hi} learning rates to choose from, got {n}</source>
        <translation>&apos;options&apos; 必須列出 {lo} 到 {hi} 個可選的學習率，目前有 {n} 個</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="143"/>
        <source>&apos;options&apos; must be learning rates above 0, got {value}</source>
        <translation>&apos;options&apos; 必須是大於 0 的學習率，目前有 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="151"/>
        <source>&apos;layer_dims&apos; must start with n[0] = 2: the data has 2 features, got {value}</source>
        <translation>&apos;layer_dims&apos; 必須以 n[0] = 2 開頭：資料有 2 個特徵，目前是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="154"/>
        <source>&apos;layer_dims&apos; must end with n[L] = 1: one sigmoid unit for two classes, got {value}</source>
        <translation>&apos;layer_dims&apos; 必須以 n[L] = 1 結尾：兩個類別用一個 sigmoid 單元，目前是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="157"/>
        <source>&apos;layer_dims&apos; needs a hidden layer for &apos;{hide}&apos;, got {value}</source>
        <translation>&apos;{hide}&apos; 需要一個隱藏層，目前的 &apos;layer_dims&apos; 是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="161"/>
        <source>&apos;activations&apos; must give one activation per layer, {L} for layer_dims = {dims}, got {n}</source>
        <translation>&apos;activations&apos; 必須每層給一個激活函數，layer_dims = {dims} 需要 {L} 個，目前有 {n} 個</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="166"/>
        <source>&apos;activations&apos; names &apos;{name}&apos;, which is not a hidden activation; one of {names}</source>
        <translation>&apos;activations&apos; 列出的 &apos;{name}&apos; 不是隱藏層的激活函數；請用 {names} 之一</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="171"/>
        <source>the last of &apos;activations&apos; is the output layer&apos;s and must be {names}, got &apos;{name}&apos;</source>
        <translation>&apos;activations&apos; 的最後一個屬於輸出層，必須是 {names}，目前是 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="174"/>
        <source>&apos;layer&apos; must be from 1 to L = {L}, got {value}</source>
        <translation>&apos;layer&apos; 必須在 1 到 L = {L} 之間，目前是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="246"/>
        <source>Iris (setosa −1, versicolor +1)</source>
        <translation>Iris（setosa −1，versicolor +1）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="247"/>
        <source>standardised Iris (setosa −1, versicolor +1)</source>
        <translation>標準化的 Iris（setosa −1，versicolor +1）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="248"/>
        <source>moons</source>
        <translation>雙月形</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="248"/>
        <source>circles</source>
        <translation>同心圓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="249"/>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="249"/>
        <source>blobs</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="250"/>
        <source>spirals</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="251"/>
        <source>gaussians</source>
        <translation>高斯分布（重疊）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="261"/>
        <source>α = {rate}</source>
        <translation>α = {rate}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_questions.py" line="279"/>
        <source>“{text}” has {n} numbers; the answer has {k}.</source>
        <translation>“{text}”有 {n} 個數；答案有 {k} 個。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="86"/>
        <source>AdalineGD(epochs={epochs}, eta=…).train(X, y) on {data}, w = 0 at the start</source>
        <translation>AdalineGD(epochs={epochs}, eta=…).train(X, y) 用在 {data}，一開始 w = 0</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="90"/>
        <source>every W[l] and b[l] = 0 at the start; α = {eta}, {epochs} epochs on {data}</source>
        <translation>一開始每個 W[l] 與 b[l] 都是 0；α = {eta}，在 {data} 上訓練 {epochs} 個 epoch</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="97"/>
        <source>network n = {dims}, g = {acts}</source>
        <translation>網路 n = {dims}，g = {acts}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="117"/>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="182"/>
        <source>example {k}: x = ({x1}, {x2}), y = {y}</source>
        <translation>樣本 {k}：x = ({x1}, {x2})，y = {y}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="119"/>
        <source>before it: w = [w₀, w₁, w₂] = {w}, η = {eta}</source>
        <translation>更新之前：w = [w₀, w₁, w₂] = {w}，η = {eta}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="122"/>
        <source>z = w₀ + w₁x₁ + w₂x₂ = {z}, so ŷ = {y_hat}</source>
        <translation>z = w₀ + w₁x₁ + w₂x₂ = {z}，所以 ŷ = {y_hat}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="124"/>
        <source>update = η (y − ŷ) = {eta} × ({y} − {y_hat}) = {u}</source>
        <translation>更新量 = η (y − ŷ) = {eta} × ({y} − {y_hat}) = {u}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="126"/>
        <source>w := w + update · [1, x₁, x₂] = {after}</source>
        <translation>w := w + 更新量 · [1, x₁, x₂] = {after}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="146"/>
        <source>{m} flowers of {data}; w = 0 at the start, α = {eta}</source>
        <translation>{data} 的 {m} 朵花；一開始 w = 0，α = {eta}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="148"/>
        <source>before the step: J = ½ Σ (y − ŷ)² = {J}</source>
        <translation>更新之前：J = ½ Σ (y − ŷ)² = {J}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="151"/>
        <source>errors = y − ŷ = y (ŷ = 0 for every flower)</source>
        <translation>誤差 = y − ŷ = y（每朵花的 ŷ 都是 0）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="152"/>
        <source>Δw = α Xᵀ errors = {dw}, Δw₀ = α Σ errors = {db}</source>
        <translation>Δw = α Xᵀ 誤差 = {dw}，Δw₀ = α Σ 誤差 = {db}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="154"/>
        <source>J = ½ Σ (y − w₀ − Xw)² = {J}: {verb} from {before}</source>
        <translation>J = ½ Σ (y − w₀ − Xw)² = {J}：比 {before} {verb}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="155"/>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="156"/>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="180"/>
        <source>trained {epochs} epochs on {data} (α = {eta})</source>
        <translation>在 {data} 上訓練了 {epochs} 個 epoch（α = {eta}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="184"/>
        <source>the network outputs a[{L}] = σ(z[{L}]) = {a}</source>
        <translation>網路輸出 a[{L}] = σ(z[{L}]) = {a}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="187"/>
        <source>sigmoid output with the cross-entropy: g′ cancels, dZ[{L}] = A[{L}] − Y</source>
        <translation>sigmoid 輸出搭配交叉熵：g′ 相消，dZ[{L}] = A[{L}] − Y</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="188"/>
        <source>dZ[{L}] = {a} − {y} = {dz}</source>
        <translation>dZ[{L}] = {a} − {y} = {dz}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="212"/>
        <source>n = {dims}: L = {L} layers</source>
        <translation>n = {dims}：L = {L} 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="215"/>
        <source>dW[{l}] has the shape of W[{l}]: (n[{l}], n[{p}]) = {shape}</source>
        <translation>dW[{l}] 的形狀與 W[{l}] 相同：(n[{l}], n[{p}]) = {shape}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="217"/>
        <source>W[{l}] A[{p}] is ({n}, {n_prev}) × ({n_prev}, m) → ({n}, m), the shape of Z[{l}]</source>
        <translation>W[{l}] A[{p}] 是 ({n}, {n_prev}) × ({n_prev}, m) → ({n}, m)，也就是 Z[{l}] 的形狀</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="247"/>
        <location filename="../../desktop_nn/exercises/predict.py" line="56"/>
        <source>diverges</source>
        <translation>發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="248"/>
        <source>does not diverge</source>
        <translation>不發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="249"/>
        <source>{letter}) α = {rate}: SSE {first} → {last} after {n} epochs: {verdict}</source>
        <translation>{letter}) α = {rate}：SSE 在 {n} 個 epoch 後 {first} → {last}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="254"/>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="283"/>
        <source>none of them</source>
        <translation>都不發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="276"/>
        <source>epoch {n}: the rows of W[1] are equal, max |W[1]ᵢ − W[1]₁| = {spread}</source>
        <translation>第 {n} 個 epoch：W[1] 的各列相等，max |W[1]ᵢ − W[1]₁| = {spread}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="278"/>
        <source>epoch {n}: the rows of W[1] differ, max |W[1]ᵢ − W[1]₁| = {spread}</source>
        <translation>第 {n} 個 epoch：W[1] 的各列不同，max |W[1]ᵢ − W[1]₁| = {spread}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="280"/>
        <source>equal weights, equal gradients: the units stay copies</source>
        <translation>權重相同，梯度就相同：各單元一直是複本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/lecture_reveals.py" line="282"/>
        <source>cost J = {first} → {last}</source>
        <translation>成本 J = {first} → {last}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="54"/>
        <source>falls</source>
        <extracomment>the cost curve&apos;s shapes a student may predict, in the order they are offered each shape&apos;s name as shown (translated in the &quot;Exercises&quot; context)</extracomment>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="55"/>
        <source>crawls</source>
        <translation>緩慢爬行</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="57"/>
        <source>oscillates</source>
        <translation>振盪</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="67"/>
        <source>excellent</source>
        <extracomment>a curve that fell by less than this share of its first value crawls rises smaller than this share of the first cost are rounding, not oscillation the overlap score in words: (lowest score, words), best first</extracomment>
        <translation>非常好</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="68"/>
        <source>good</source>
        <translation>好</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="69"/>
        <source>partly right</source>
        <translation>部分正確</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/exercises/predict.py" line="70"/>
        <source>far off</source>
        <translation>差很遠</translation>
    </message>
</context>
<context>
    <name>FitPlot</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="128"/>
        <source>Fit ŷ over the data</source>
        <translation>擬合 ŷ 與資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="135"/>
        <source>No plot of the fit: this data has {} input columns ({}), and ŷ can only be drawn over one or two. The network trains on all of them; RMSE and R² show how well it fits.</source>
        <translation>無法畫出擬合：這份資料有 {} 個輸入欄（{}），而 ŷ 只能畫在一個或兩個輸入上。網路仍用全部的欄訓練；RMSE 與 R² 顯示擬合得多好。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="188"/>
        <source>parts</source>
        <translation>各部分</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="205"/>
        <source>test point</source>
        <translation>測試點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="208"/>
        <source>training point (x, y)</source>
        <translation>訓練點 (x, y)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="210"/>
        <source>fit ŷ(x)</source>
        <translation>擬合 ŷ(x)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="212"/>
        <source>residual y − ŷ</source>
        <translation>殘差 y − ŷ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="215"/>
        <source>low ŷ, low y</source>
        <translation>ŷ 低、y 低</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="217"/>
        <source>high ŷ, high y</source>
        <translation>ŷ 高、y 高</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="219"/>
        <source>training point, coloured by y</source>
        <translation>訓練點，依 y 著色</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="249"/>
        <source>No hidden layer: ŷ = W[1] x + b[1] is a weighted sum of the input features, with no parts to show.</source>
        <translation>沒有隱藏層：ŷ = W[1] x + b[1] 是輸入特徵的加權和，沒有可畫的部分。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="253"/>
        <source>Hidden units&apos; parts are drawn for one hidden layer. This network has {}: its output adds up the units of the last one, which are already functions of the layers before, not pieces of x alone.</source>
        <translation>隱藏單元的各部分只對一個隱藏層畫出。這個網路有 {} 個：它的輸出加總的是最後一層的單元，而它們已是前面各層的函數，不只是 x 的片段。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="260"/>
        <source>Hidden units&apos; parts a[1]ⱼ · W[2]ⱼ (blue adds, orange subtracts) + b[2] (dashed) = the fit</source>
        <translation>隱藏單元的部分 a[1]ⱼ · W[2]ⱼ（藍色加上、橘色減去）+ b[2]（虛線）= 擬合</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="278"/>
        <source>test RMSE</source>
        <translation>測試 RMSE</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="279"/>
        <source>training RMSE</source>
        <translation>訓練 RMSE</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/fit_plot.py" line="282"/>
        <source>training set: RMSE {}, R² {}</source>
        <translation>訓練集：RMSE {}、R² {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="41"/>
        <source>A single neuron of the chapter separates two classes: to fit numbers the model is now a neural network.</source>
        <translation>本章的單一神經元只能分開兩個類別：為了擬合數值，模型改為神經網路。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="45"/>
        <source>Numbers to fit: the output is linear with the squared error J = (1/2m) Σ (a − y)², the chapter&apos;s Adaline cost.</source>
        <translation>要擬合的是數值：輸出是線性的，成本是平方誤差 J = (1/2m) Σ (a − y)²，也就是本章 Adaline 的成本。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="56"/>
        <source>This data has one input x: only the features of x (x₁, x₁², sin x₁) can be used.</source>
        <translation>這份資料只有一個輸入 x：只能使用 x 的特徵（x₁、x₁²、sin x₁）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="58"/>
        <source>This data has two inputs: the input features are x₁ and x₂ again (the Input features tab adds more).</source>
        <translation>這份資料有兩個輸入：輸入特徵又是 x₁ 與 x₂（在“輸入特徵”分頁可以加上更多）。</translation>
    </message>
</context>
<context>
    <name>GradientGrid</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="43"/>
        <source>zeros</source>
        <translation>全為零</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="44"/>
        <source>small (×0.01)</source>
        <translation>小的（×0.01）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="45"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="46"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="47"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="48"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="49"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
</context>
<context>
    <name>GradientGridWindow</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="82"/>
        <source>Gradient flow through depth</source>
        <extracomment>the y range every cell shares, so that the cells compare at a glance (decades of ‖dW[l]‖)</extracomment>
        <translation>梯度在深度中的流動</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="96"/>
        <source>Train the grid</source>
        <translation>訓練這個網格</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="102"/>
        <source>network {} · dataset</source>
        <translation>網路 {} · 資料集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="104"/>
        <source>epochs averaged</source>
        <translation>平均的 epoch 數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="118"/>
        <source>Each cell: log₁₀ ‖dW[l]‖ for the layers l = 1 … L of the same network, averaged over the first epochs of batch gradient descent (η = 0.1). A line falling towards layer 1 is a gradient that vanishes on its way down; a point on the bottom edge is 10⁻²⁰ or less (zero included).</source>
        <translation>每一格：同一個網路在第 l = 1 … L 層的 log₁₀ ‖dW[l]‖，對批次梯度下降（η = 0.1）的前幾個 epoch 取平均。往第 1 層下降的線，表示梯度在往下傳的路上消失；貼在底邊的點是 10⁻²⁰ 或更小（包括零）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="167"/>
        <source>training 0 / 12 …</source>
        <translation>訓練中 0 / 12 …</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="181"/>
        <source>training {} / 12 …</source>
        <translation>訓練中 {} / 12 …</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_grid.py" line="188"/>
        <source>‖dW[1]‖ / ‖dW[L]‖ — sigmoid + zeros: {}, tanh + Xavier: {}</source>
        <translation>‖dW[1]‖ / ‖dW[L]‖ — sigmoid + 全為零：{}，tanh + Xavier：{}</translation>
    </message>
</context>
<context>
    <name>GradientStrip</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="84"/>
        <source>Gradient flow per epoch</source>
        <translation>每個 epoch 的梯度流動</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="87"/>
        <source>‖dA‖</source>
        <translation>‖dA‖</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="90"/>
        <source>Show ‖dA[l]‖, the gradient arriving at each hidden layer&apos;s output (root mean square over the batch), instead of ‖dW[l]‖</source>
        <translation>顯示 ‖dA[l]‖（到達每個隱藏層輸出的梯度，對批次取均方根），而不是 ‖dW[l]‖</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="114"/>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="196"/>
        <source>‖dW[l]‖</source>
        <translation>‖dW[l]‖</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="117"/>
        <source>Train a network: each layer&apos;s gradient size appears here.</source>
        <translation>訓練一個網路：每一層梯度的大小會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_strip.py" line="196"/>
        <source>‖dA[l]‖</source>
        <translation>‖dA[l]‖</translation>
    </message>
</context>
<context>
    <name>HyperparametersPanel</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="15"/>
        <source>Iris (UCI)</source>
        <translation>鳶尾花 Iris (UCI)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="15"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="15"/>
        <source>Circles</source>
        <translation>同心圓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="15"/>
        <source>Moons</source>
        <translation>雙月形</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="16"/>
        <source>Spirals</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="16"/>
        <source>Gaussians (overlap)</source>
        <translation>高斯分布（重疊）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="16"/>
        <source>Blobs (separable)</source>
        <translation>群集（可分離）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="19"/>
        <source>fit: sine</source>
        <translation>擬合：正弦</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="20"/>
        <source>fit: step</source>
        <translation>擬合：階梯</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="21"/>
        <source>fit: |x|</source>
        <translation>擬合：|x|</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="22"/>
        <source>fit: x³ − x</source>
        <translation>擬合：x³ − x</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="23"/>
        <source>fit: plane (2-D)</source>
        <translation>擬合：平面（2-D）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="24"/>
        <source>fit: bumps (2-D)</source>
        <translation>擬合：凸峰（2-D）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="27"/>
        <source>setosa / versicolor</source>
        <translation>setosa / versicolor</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="28"/>
        <source>versicolor / virginica</source>
        <translation>versicolor / virginica</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="29"/>
        <source>setosa / virginica</source>
        <translation>setosa / virginica</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="30"/>
        <source>all three (softmax)</source>
        <translation>三類全部 (softmax)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="32"/>
        <source>sigmoid + cross-entropy</source>
        <translation>sigmoid + 交叉熵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="32"/>
        <source>softmax + cross-entropy</source>
        <translation>softmax + 交叉熵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="33"/>
        <source>linear + squared error</source>
        <translation>線性 + 平方誤差</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="339"/>
        <source>ReLU</source>
        <extracomment>every activation, in the order the app lists them</extracomment>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="343"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="67"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="347"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="358"/>
        <source>unit step</source>
        <translation>單位階躍</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="364"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="327"/>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/activations.py" line="354"/>
        <source>linear</source>
        <translation>線性</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="41"/>
        <source>small random ×0.01</source>
        <translation>小隨機值 ×0.01</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="41"/>
        <source>zeros</source>
        <translation>全為零</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="41"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="41"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="42"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="42"/>
        <source>momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/setting_names.py" line="42"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="119"/>
        <source>Share of the data held out as a test set (0 = train on everything, as the chapter does)</source>
        <translation>保留作為測試集的資料比例（0 = 全部用來訓練，如講義的做法）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="120"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="121"/>
        <source>dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="121"/>
        <source>Iris classes</source>
        <translation>Iris 類別</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="122"/>
        <source>Iris x₁</source>
        <translation>Iris x₁</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="122"/>
        <source>Iris x₂</source>
        <translation>Iris x₂</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="123"/>
        <source>points</source>
        <translation>點數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="123"/>
        <source>noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="124"/>
        <source>test share</source>
        <translation>測試比例</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="127"/>
        <source>Input features</source>
        <translation>輸入特徵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="135"/>
        <source>standardise  (x − μ) / σ</source>
        <translation>標準化  (x − μ) / σ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="150"/>
        <source>Type a value (e.g. 0.03 or 1e-4) and press Enter, or pick a preset</source>
        <translation>輸入數值（例如 0.03 或 1e-4）後按 Enter，或選擇預設值</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="163"/>
        <source>Activation of every hidden layer</source>
        <translation>每個隱藏層的激活函數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="166"/>
        <source>The single-neuron models start from zeros unless &apos;small random&apos; is chosen</source>
        <translation>單一神經元模型從零開始，除非選擇「小隨機值」</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="173"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="174"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="175"/>
        <source>learning rate η</source>
        <translation>學習率 η</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="176"/>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="176"/>
        <source>hidden activation</source>
        <translation>隱藏層激活函數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="177"/>
        <source>output / loss</source>
        <translation>輸出 / 損失函數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="177"/>
        <source>initialiser</source>
        <translation>權重初始化</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="178"/>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="178"/>
        <source>optimiser</source>
        <translation>最佳化方法</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="179"/>
        <source>seed</source>
        <translation>亂數種子</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="179"/>
        <source>stop after epochs</source>
        <translation>訓練 epoch 數上限</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="242"/>
        <source>inputs in this order: {}</source>
        <translation>輸入依序為：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="274"/>
        <source>per layer: {}</source>
        <translation>各層：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="287"/>
        <source>Imported: {}</source>
        <translation>匯入的資料：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="393"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="393"/>
        <source>SGD</source>
        <translation>隨機梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="393"/>
        <source>mini-batch</source>
        <translation>小批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/hyperparameters.py" line="403"/>
        <source>“{}” is not a learning rate: type a positive number such as 0.01 or 1e-4.</source>
        <translation>「{}」不是學習率：請輸入正數，例如 0.01 或 1e-4。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="35"/>
        <source>sepal length [cm]</source>
        <extracomment>Text defined in Qt-free modules (which cannot mark it) and translated where the UI shows it: marked here so that pyside6-lupdate extracts it into the .ts files.</extracomment>
        <translation>花萼長度 [cm]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="36"/>
        <source>sepal width [cm]</source>
        <translation>花萼寬度 [cm]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="37"/>
        <source>petal length [cm]</source>
        <translation>花瓣長度 [cm]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="38"/>
        <source>petal width [cm]</source>
        <translation>花瓣寬度 [cm]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="40"/>
        <source>sepal length</source>
        <translation>花萼長度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="41"/>
        <source>sepal width</source>
        <translation>花萼寬度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="42"/>
        <source>petal length</source>
        <translation>花瓣長度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/i18n.py" line="43"/>
        <source>petal width</source>
        <translation>花瓣寬度</translation>
    </message>
</context>
<context>
    <name>Lecture</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/overlays.py" line="108"/>
        <source>One screen only: the presenter view covers part of the slide (N shows notes here).</source>
        <translation>只有一個螢幕：簡報者檢視畫面會蓋住投影片的一部分（按 N 在此顯示備忘稿）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="21"/>
        <source>epochs/s</source>
        <translation>epoch/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="21"/>
        <source>steps/s</source>
        <translation>步/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="22"/>
        <source>stages/s</source>
        <translation>階段/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="22"/>
        <source>layers/s</source>
        <translation>層/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="23"/>
        <source>examples/s</source>
        <translation>樣本/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="26"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="209"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="119"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="168"/>
        <source>epoch {} / {}</source>
        <extracomment>what a player walks through: its position&apos;s text, its speed&apos;s unit</extracomment>
        <translation>epoch {} / {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="27"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="164"/>
        <source>step {} / {}</source>
        <translation>第 {} / {} 步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="28"/>
        <source>example {} / {}</source>
        <translation>第 {} / {} 個樣本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/players.py" line="49"/>
        <source>speed</source>
        <translation>速度</translation>
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
        <translation>▶ 播放</translation>
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
        <translation>❚❚ 暫停</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="79"/>
        <source>desktop_nn — lecture</source>
        <translation>desktop_nn — 講課</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="105"/>
        <source>No scene &apos;{}&apos; in this lecture; starting at the first.</source>
        <translation>這份講課中沒有場景「{}」；從第一個場景開始。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="280"/>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="96"/>
        <source>(no notes for this scene)</source>
        <translation>（這個場景沒有講者備忘稿）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="335"/>
        <source>This scene has nothing to play.</source>
        <translation>這個場景沒有可播放的內容。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter.py" line="347"/>
        <source>Press Esc again to leave the lecture.</source>
        <translation>再按一次 Esc 離開講課。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="37"/>
        <source>desktop_nn — presenter view</source>
        <translation>desktop_nn — 簡報者檢視畫面</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="90"/>
        <source>since the start {}</source>
        <translation>已進行 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="91"/>
        <source>time {}</source>
        <translation>時間 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="97"/>
        <source>Next: {}</source>
        <translation>下一個：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/presenter_view.py" line="98"/>
        <source>Last scene.</source>
        <translation>最後一個場景。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene.py" line="171"/>
        <source>⚠ This scene could not be shown</source>
        <extracomment>values a scene file&apos;s title may name in braces, with their defaults; the scene keeps them true with :meth:`set_title_fields` (e.g. ``L`` after &quot;+ layer&quot;), and the title follows the button that P (the presenter&apos;s play/pause key) clicks; scenes that animate set it</extracomment>
        <translation>⚠ 無法顯示這個場景</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene.py" line="175"/>
        <source>Fix the file (see resources/lectures/README.md) and reopen the lecture; the other scenes are unaffected.</source>
        <translation>請修正檔案（見 resources/lectures/README.md）後重新開啟講課；其他場景不受影響。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="73"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="123"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="233"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="142"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="144"/>
        <source>epochs</source>
        <translation>epoch 數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="152"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="72"/>
        <source>✕ {} misclassified</source>
        <translation>✕ {} 個分類錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="139"/>
        <source>◀ previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="140"/>
        <source>next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="141"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="165"/>
        <source>▶ auto-play</source>
        <translation>▶ 自動播放</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="165"/>
        <source>❚❚ pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="49"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="52"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/iris_loading.py" line="49"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="40"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="295"/>
        <source>sepal length [cm]</source>
        <translation>花萼長度 [cm]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="49"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="53"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/iris_loading.py" line="50"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="40"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="295"/>
        <source>petal length [cm]</source>
        <translation>花瓣長度 [cm]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="222"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="261"/>
        <source>cost_ (sum-squared-error)</source>
        <translation>cost_（誤差平方和）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="233"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="69"/>
        <source>learning rate α</source>
        <translation>學習率 α</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="48"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="122"/>
        <source>cost J</source>
        <translation>成本 J</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="81"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="71"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="130"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="173"/>
        <source>epoch {}</source>
        <translation>epoch {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="85"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="179"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="79"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="82"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="115"/>
        <source>▶ Train</source>
        <translation>▶ 訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="86"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="84"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="74"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="254"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="293"/>
        <source>sepal length [standardised]</source>
        <translation>花萼長度 [標準化]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="75"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="255"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="293"/>
        <source>petal length [standardised]</source>
        <translation>花瓣長度 [標準化]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="83"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="68"/>
        <source>Whenever possible, avoid explicit for loops!</source>
        <translation>盡可能避免明確的 for 迴圈！</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="75"/>
        <source> · converged: errors_ is 0 from epoch {} on</source>
        <translation> · 已收斂：從第 {} 個 epoch 起 errors_ 為 0</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="131"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="174"/>
        <source> · accuracy {}</source>
        <translation> · 準確率 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/timing.py" line="18"/>
        <source>n = {:,}</source>
        <translation>n = {:,}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/timing.py" line="18"/>
        <source>{:,} elements</source>
        <translation>{:,} 個元素</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="31"/>
        <source>moons</source>
        <extracomment>the generated data sets a training scene offers (key → name shown)</extracomment>
        <translation>雙月形</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="31"/>
        <source>circles</source>
        <translation>同心圓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="32"/>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="32"/>
        <source>blobs</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="33"/>
        <source>spirals</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="82"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/train_controls.py" line="115"/>
        <source>↻ Again</source>
        <translation>↻ 再一次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/predict_step.py" line="42"/>
        <source>the cost curve of “{}”</source>
        <translation>“{}”的成本曲線</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/predict_step.py" line="43"/>
        <source>Predict first</source>
        <translation>先預測</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/predict_step.py" line="56"/>
        <source>The cost curve of “{}”:</source>
        <translation>“{}”的成本曲線：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/predict_step.py" line="97"/>
        <source>class {}</source>
        <translation>類別 {}</translation>
    </message>
</context>
<context>
    <name>LossSurfaceWindow</name>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="65"/>
        <source>Loss surface — desktop_nn</source>
        <translation>損失曲面 — desktop_nn</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="87"/>
        <source>Loss surface</source>
        <translation>損失曲面</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="89"/>
        <source>J over a plane through the current weights θ: θ + α·d₁ + β·d₂. The star is the network now.</source>
        <translation>J 在通過目前權重 θ 的平面上：θ + α·d₁ + β·d₂。星號是網路現在的位置。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="92"/>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="94"/>
        <source>Main directions of the training path</source>
        <translation>訓練路徑的主要方向</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="95"/>
        <source>Two weights: click two links</source>
        <translation>兩個權重：點選兩條連線</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="108"/>
        <source>Draw the surface</source>
        <translation>畫出曲面</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="115"/>
        <source>From the chosen point</source>
        <translation>從選定的點出發</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="126"/>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="127"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="128"/>
        <source>Race GD, momentum, Adam</source>
        <translation>比賽：GD、動量、Adam</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="131"/>
        <source>Train from here</source>
        <translation>從這裡訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="133"/>
        <source>Move the main window&apos;s weights to the chosen point and train on</source>
        <translation>把主視窗的權重移到選定的點，繼續訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="173"/>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="218"/>
        <source>The run has not started yet.</source>
        <translation>訓練還沒開始。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="189"/>
        <source>The main window&apos;s run has changed: draw the surface again to see its own.</source>
        <translation>主視窗的訓練已改變：再畫一次曲面，才能看到它自己的曲面。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="206"/>
        <source>No weights picked.</source>
        <translation>尚未選擇權重。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="222"/>
        <source>The loss surface is drawn for a neural network: choose the model &quot;Neural network&quot; in the main window.</source>
        <translation>損失曲面是為神經網路畫的：請在主視窗選擇模型「神經網路」。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="227"/>
        <source>The network has not trained yet: train a few epochs, so that the training path has a direction, then draw the surface.</source>
        <translation>網路還沒訓練：先訓練幾個 epoch，讓訓練路徑有方向，再畫曲面。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="231"/>
        <source>Pick two weights first: click two links of the network above.</source>
        <translation>請先選兩個權重：點選上方網路的兩條連線。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="237"/>
        <source>Computing J over {0}×{0} points of the plane…</source>
        <translation>正在平面上 {0}×{0} 個點計算 J…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="246"/>
        <source>Training the path again from the initial weights: epoch {0} of {1}…</source>
        <translation>從初始權重重新訓練路徑：第 {0} / {1} 個 epoch…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="256"/>
        <source>α: change of {}</source>
        <translation>α：{} 的變化量</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="257"/>
        <source>β: change of {}</source>
        <translation>β：{} 的變化量</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="259"/>
        <source>α along d₁ (towards the initial weights)</source>
        <translation>α 沿著 d₁（朝向初始權重）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="260"/>
        <source>β along d₂ (across the path)</source>
        <translation>β 沿著 d₂（橫越路徑）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="266"/>
        <source>J at the centre (the current weights, epoch {0}) = {1}.</source>
        <translation>中心（目前的權重，第 {0} 個 epoch）的 J = {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="270"/>
        <source>The path shows the first {} epochs, trained again.</source>
        <translation>路徑顯示重新訓練的前 {} 個 epoch。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="272"/>
        <source>The plane holds the initial and the current weights exactly and {} % of the path.</source>
        <translation>這個平面恰好包含初始權重與目前的權重，以及路徑的 {} %。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="275"/>
        <source>Only the two weights change across the plane. The path shows how they moved; the other weights moved too (the start is {} off this plane).</source>
        <translation>在這個平面上只有這兩個權重在變。路徑顯示它們怎麼移動；其他權重也動了（起點離這個平面 {}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="278"/>
        <source>Click the surface to choose a point.</source>
        <translation>點一下曲面，選一個點。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="295"/>
        <source>Chosen point: α = {0}, β = {1}. Race the optimisers from it, or train the network on from it.</source>
        <translation>選定的點：α = {0}、β = {1}。從這裡讓優化器比賽，或從這裡繼續訓練網路。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="308"/>
        <source>Racing…</source>
        <translation>比賽中…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="322"/>
        <source>{0}: diverged after {1} steps</source>
        <translation>{0}：{1} 步後發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="324"/>
        <source>{0}: J = {1}</source>
        <translation>{0}：J = {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="325"/>
        <source>After {} steps from the same start, moving only along the plane:</source>
        <translation>從同一起點走 {} 步、只沿著平面移動之後：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="341"/>
        <source>The weights moved to the chosen point, but the run is at its epoch limit ({}): raise the limit in the main window to train on.</source>
        <translation>權重已移到選定的點，但訓練已到 epoch 上限（{}）：請在主視窗提高上限再繼續訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_window.py" line="344"/>
        <source>The main window trains on from the chosen point; its weights are projected onto this plane as they change (the purple trail). Draw the surface again to centre it on them.</source>
        <translation>主視窗從選定的點繼續訓練；權重變化時會投影到這個平面上（紫色軌跡）。再畫一次曲面，即可以它們為中心。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="72"/>
        <source>desktop_nn — neural networks, live</source>
        <translation>desktop_nn — 神經網路，即時呈現</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="162"/>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="403"/>
        <source>▶ Play</source>
        <translation>▶ 開始</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="163"/>
        <source>Train continuously / pause</source>
        <translation>持續訓練 / 暫停</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="164"/>
        <source>▶| Step</source>
        <translation>▶| 單步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="165"/>
        <source>Train exactly one epoch</source>
        <translation>只訓練一個 epoch</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="166"/>
        <source>⟲ Reset</source>
        <translation>⟲ 重設</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="167"/>
        <source>Back to the same initial weights (same seed)</source>
        <translation>回到相同的初始權重（相同亂數種子）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="168"/>
        <source>New seed</source>
        <translation>新的亂數種子</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="169"/>
        <source>Draw new initial weights</source>
        <translation>重新抽取初始權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="170"/>
        <source>Pin run</source>
        <translation>釘選這次訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="171"/>
        <source>Keep this run&apos;s curve to compare with the next</source>
        <translation>保留這次訓練的曲線，與下一次比較</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="172"/>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="308"/>
        <source>Step-through</source>
        <translation>逐步追蹤</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="174"/>
        <source>Trace one iteration, formula by formula</source>
        <translation>逐條公式追蹤一次迭代</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="176"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="180"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="185"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="189"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="205"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="207"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="209"/>
        <source>&amp;Training</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="212"/>
        <source>Loss surface…</source>
        <translation>損失曲面…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="215"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="216"/>
        <source>Gradient flow strip</source>
        <translation>梯度流動帶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="221"/>
        <source>Gradient flow through depth…</source>
        <translation>梯度在深度中的流動…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="224"/>
        <source>&amp;Lecture</source>
        <translation>講課(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="226"/>
        <source>Start the lecture (full screen)</source>
        <translation>開始講課（全螢幕）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="230"/>
        <source>Go to scene</source>
        <translation>跳到場景</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="232"/>
        <source>E&amp;xercises</source>
        <translation>練習(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="233"/>
        <source>Exercise set and worksheet…</source>
        <translation>練習題組與學習單…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="237"/>
        <source>About desktop_nn</source>
        <translation>關於 desktop_nn</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="239"/>
        <source>desktop_nn {} — neural networks from the perceptron to deep networks</source>
        <translation>desktop_nn {} — 從感知器到深度神經網路</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="58"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="74"/>
        <source>The interface will be in {} the next time desktop_nn starts.</source>
        <translation>下次啟動 desktop_nn 時介面將使用{}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="254"/>
        <source>epoch 0</source>
        <translation>epoch 0</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="256"/>
        <source>cost —</source>
        <translation>成本 —</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="258"/>
        <source>0 epochs/s</source>
        <translation>0 epoch/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="275"/>
        <source>The lecture scenes cannot be listed: {}</source>
        <translation>無法列出講課場景：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="23"/>
        <source>A single neuron separates two classes: the model is now a neural network.</source>
        <translation>單一神經元只能分開兩個類別：模型已改為神經網路。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="26"/>
        <source>{} classes: the output is now softmax + cross-entropy, one output unit per class.</source>
        <translation>{} 個類別：輸出已改為 softmax + 交叉熵，每個類別一個輸出單元。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/adjustments.py" line="29"/>
        <source>Two classes: the output is back to {}, as in the chapter.</source>
        <translation>兩個類別：輸出已改回 {}，和講義一樣。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="381"/>
        <source>no hidden</source>
        <translation>無隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/frames.py" line="61"/>
        <source>epoch {}</source>
        <translation>epoch {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/frames.py" line="63"/>
        <source>cost {}</source>
        <translation>成本 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/frames.py" line="64"/>
        <source>{} epochs/s</source>
        <translation>{} epoch/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/frames.py" line="151"/>
        <source>The perceptron converged: no misclassification from epoch {} on.  {}</source>
        <translation>感知器已收斂：從第 {} 個 epoch 起沒有分類錯誤。  {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/main_window.py" line="403"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="167"/>
        <source>{} of {} rows</source>
        <translation>{1} 列中的 {0} 列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="169"/>
        <source>{} of {} columns</source>
        <translation>{1} 行中的 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="170"/>
        <source>showing {}</source>
        <translation>顯示 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="317"/>
        <source>colour: ±{}</source>
        <translation>顏色範圍：±{}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/message_bar.py" line="36"/>
        <source>Dismiss this message</source>
        <translation>關閉這則訊息</translation>
    </message>
</context>
<context>
    <name>PredictFirst</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/predict_first.py" line="38"/>
        <source>Predict first</source>
        <translation>先預測</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/predict_first.py" line="41"/>
        <source>Before Play trains, sketch the decision regions and pick the cost curve&apos;s shape; after training, see how close you were</source>
        <translation>在按下播放訓練之前，先畫出決策區域並選出成本曲線的形狀；訓練之後，看看你猜得多準</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/predict_first.py" line="45"/>
        <source>Cancel the prediction</source>
        <translation>取消預測</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="72"/>
        <source>Left button: paint the chosen class; right button: erase. Fill the rest paints every cell not yet painted with the chosen class.</source>
        <translation>左鍵：畫上選定的類別；右鍵：擦除。“填滿其餘”會把每個還沒畫的格子畫成選定的類別。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="83"/>
        <source>Fill the rest</source>
        <translation>填滿其餘</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="84"/>
        <source>Paint every cell not yet painted with the chosen class</source>
        <translation>把每個還沒畫的格子畫成選定的類別</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="86"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="89"/>
        <source>The cost curve:</source>
        <translation>成本曲線：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="107"/>
        <source>Done — train</source>
        <translation>完成 — 開始訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="110"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="111"/>
        <source>Leave the prediction without training (Esc)</source>
        <translation>不訓練，離開預測（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="118"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="119"/>
        <source>Take the sketch off the plot (Esc)</source>
        <translation>把草圖從圖上拿掉（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="227"/>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; paint each class&apos;s region (right button erases), pick the cost curve&apos;s shape, then Done — train.</source>
        <translation>&lt;b&gt;先預測：&lt;/b&gt;畫出每個類別的區域（右鍵擦除），選出成本曲線的形狀，再按“完成 — 開始訓練”。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="230"/>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; pick the shape the cost curve will take, then Done — train.</source>
        <translation>&lt;b&gt;先預測：&lt;/b&gt;選出成本曲線會呈現的形狀，再按“完成 — 開始訓練”。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction_panel.py" line="232"/>
        <source>The verdict comes when training stops: at the epoch limit, or when you press Pause (a network trains until then).</source>
        <translation>訓練停下時才會評分：到達 epoch 上限時，或你按下暫停時（神經網路會一直訓練到那時）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="243"/>
        <source>Your sketch overlaps the regions &lt;b&gt;{percent} %&lt;/b&gt;: {words}.</source>
        <translation>你的草圖與決策區域重疊 &lt;b&gt;{percent} %&lt;/b&gt;：{words}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="246"/>
        <source>the cost curve</source>
        <translation>成本曲線</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="248"/>
        <source>Result: {curve} {actual}.</source>
        <translation>結果：{curve}{actual}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="250"/>
        <source>&lt;b&gt;✓ Right:&lt;/b&gt; {curve} {actual}.</source>
        <translation>&lt;b&gt;✓ 正確：&lt;/b&gt;{curve}{actual}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/prediction.py" line="253"/>
        <source>&lt;b&gt;✗ Wrong:&lt;/b&gt; {curve} {actual}; you said it {guess}.</source>
        <translation>&lt;b&gt;✗ 錯誤：&lt;/b&gt;{curve}{actual}；你預測它{guess}。</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="167"/>
        <source>&amp;New project</source>
        <translation>新專案(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="168"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="169"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="170"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="171"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="173"/>
        <source>Export as Python script…</source>
        <translation>匯出為 Python 程式…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="174"/>
        <source>Export as PyTorch script…</source>
        <translation>匯出為 PyTorch 程式…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="175"/>
        <source>Export weights (.npz)…</source>
        <translation>匯出權重 (.npz)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="176"/>
        <source>Export history (.csv)…</source>
        <translation>匯出訓練紀錄 (.csv)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="177"/>
        <source>Export data (.csv)…</source>
        <translation>匯出資料（.csv）…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="178"/>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="185"/>
        <source>Export {} as image (PNG/SVG)…</source>
        <translation>將{}匯出為圖片 (PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="230"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="270"/>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="283"/>
        <source>Cannot open project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="282"/>
        <source>the project</source>
        <translation>這個專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="284"/>
        <source>“{}” cannot be shown: {}</source>
        <translation>無法顯示「{}」：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="291"/>
        <source>Opened {}</source>
        <translation>已開啟 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="291"/>
        <source>New project</source>
        <translation>新專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="304"/>
        <source>lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="305"/>
        <source>Save project as</source>
        <translation>專案另存為</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="317"/>
        <source>Cannot save project</source>
        <translation>無法儲存專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="324"/>
        <source>Saved {}</source>
        <translation>已儲存 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="137"/>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="156"/>
        <source>⚠ Autosave failed: {}</source>
        <translation>⚠ 自動儲存失敗：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="222"/>
        <source>Not recovered; the autosave is kept as {}</source>
        <translation>未復原；自動儲存的檔案保留為 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="248"/>
        <source>Cannot recover</source>
        <translation>無法復原</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="248"/>
        <source>The project autosaved at {saved_at} cannot be recovered: {reason} The file is kept as {path}</source>
        <translation>無法復原在 {saved_at} 自動儲存的專案：{reason} 檔案保留為 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/autosave.py" line="240"/>
        <source>Recovered the project autosaved at {}</source>
        <translation>已復原在 {} 自動儲存的專案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="401"/>
        <source>Cannot use the data</source>
        <translation>無法使用這份資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_controller.py" line="404"/>
        <source>Imported {}</source>
        <translation>已匯入 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="57"/>
        <source>Train at least one epoch before exporting the run as a script.</source>
        <translation>匯出成程式之前，請至少訓練一個 epoch。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="44"/>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="67"/>
        <source>Export as PyTorch script</source>
        <translation>匯出為 PyTorch 程式</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="68"/>
        <source>Export as Python script</source>
        <translation>匯出為 Python 程式</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="70"/>
        <source>Python scripts (*.py)</source>
        <translation>Python 程式 (*.py)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="85"/>
        <source>There are no weights yet: train the network first.</source>
        <translation>還沒有權重：請先訓練網路。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="87"/>
        <source>Export weights</source>
        <translation>匯出權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="88"/>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy 陣列 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="96"/>
        <source>There is no history yet: train at least one epoch.</source>
        <translation>還沒有訓練紀錄：請至少訓練一個 epoch。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="101"/>
        <source>Export history</source>
        <translation>匯出訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="102"/>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="116"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="115"/>
        <source>Export data</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="122"/>
        <source>Export {} as image</source>
        <translation>將{}匯出為圖片</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="124"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="135"/>
        <source>Cannot write “{}”: {}</source>
        <translation>無法寫入「{}」：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/exports.py" line="137"/>
        <source>Exported {}</source>
        <translation>已匯出 {}</translation>
    </message>
</context>
<context>
    <name>ProjectHost</name>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="115"/>
        <source>its settings or weights do not fit this version of desktop_nn ({}).</source>
        <translation>它的設定或權重不符合這個版本的 desktop_nn（{}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="147"/>
        <source>cost plot</source>
        <translation>成本曲線圖</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/projects/project_host.py" line="148"/>
        <source>decision regions</source>
        <translation>決策區域</translation>
    </message>
</context>
<context>
    <name>SceneFile</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/registry.py" line="78"/>
        <source>no view named &apos;{}&apos;</source>
        <extracomment>view name (what a scene file&apos;s ``view =`` says) → &quot;module:Class&quot; under desktop_nn.ui.lecture.scenes</extracomment>
        <translation>沒有名為「{}」的視圖</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/registry.py" line="83"/>
        <source>view &apos;{}&apos; cannot be loaded: {}</source>
        <translation>無法載入視圖「{}」：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="79"/>
        <source>Scene file {} could not be loaded</source>
        <extracomment>the texts that have a form per language: ``title_zh_TW`` beside ``title`` … language → {&quot;title&quot;: …, &quot;section&quot;: …, &quot;notes&quot;: …}: the file&apos;s translations of its texts</extracomment>
        <translation>無法載入場景檔 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="87"/>
        <source>true/false</source>
        <translation>「true」或「false」</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="87"/>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="88"/>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="88"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="89"/>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="97"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="98"/>
        <source>setting &apos;{key}&apos; is not one of the view &apos;{view}&apos; settings (known: {known})</source>
        <translation>設定「{key}」不是視圖「{view}」的設定（可用的設定：{known}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="103"/>
        <source>setting &apos;{key}&apos; must be {kind}, got {value}</source>
        <translation>設定「{key}」必須是{kind}，卻是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="109"/>
        <source>setting &apos;{key}&apos; must be a list of {kind}, got {value}</source>
        <translation>設定「{key}」必須是{kind}的清單，但得到 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="132"/>
        <source>setting &apos;{key}&apos; must have {lo} to {hi} entries, got {n}</source>
        <extracomment>what a scene can compute and draw: a setting beyond these would freeze or exhaust the machine</extracomment>
        <translation>設定「{key}」必須有 {lo} 到 {hi} 項，但有 {n} 項</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="136"/>
        <source>setting &apos;{key}&apos; must be a finite number, got {value}</source>
        <translation>設定「{key}」必須是有限的數字，但得到 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="141"/>
        <source>setting &apos;{key}&apos; must be from {lo} to {hi}, got {value}</source>
        <translation>設定「{key}」必須介於 {lo} 到 {hi}，但得到 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="163"/>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="194"/>
        <source>&apos;{key}&apos; must be text, got {value}</source>
        <translation>「{key}」必須是文字，卻是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="166"/>
        <source>&apos;{key}&apos; names {fields}, which &apos;{english}&apos; does not</source>
        <translation>「{key}」用到 {fields}，但「{english}」沒有</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="179"/>
        <source>cannot be read ({})</source>
        <translation>無法讀取（{}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="183"/>
        <source>is not valid TOML: {}</source>
        <translation>不是有效的 TOML：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="186"/>
        <source>is missing {} (every scene needs id, title and view)</source>
        <translation>缺少 {}（每個場景都需要「id」、「title」和「view」）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="190"/>
        <source>has unknown key(s) {}; allowed: {}</source>
        <translation>有未知的鍵 {}；可用的鍵：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="197"/>
        <source>&apos;id&apos; is empty</source>
        <translation>「id」是空的</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="203"/>
        <source>&apos;settings&apos; must be a table ([settings] followed by name = value lines)</source>
        <translation>「settings」必須是表格（[settings] 之後接著 name = value 的各行）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="208"/>
        <source>names the view &apos;{}&apos;, which does not exist; views: {}</source>
        <translation>指定的視圖「{}」不存在；可用的視圖：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="235"/>
        <source>is not a folder of scene files</source>
        <translation>不是放場景檔的資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="242"/>
        <source>uses the id &apos;{}&apos; already used by {}</source>
        <translation>使用的 id「{}」已被 {} 使用</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scene_file.py" line="249"/>
        <source>holds no scene files (*.toml)</source>
        <translation>沒有任何場景檔 (*.toml)</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop_nn/app.py" line="208"/>
        <source>no installed font can draw Traditional Chinese: the zh_TW interface would show empty boxes (install a CJK font, e.g. Debian&apos;s fonts-noto-cjk)</source>
        <translation>沒有任何已安裝的字型能顯示繁體中文（Traditional Chinese）：zh_TW 介面會顯示成空白方框（請安裝 CJK 字型，例如 Debian 的 fonts-noto-cjk）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="223"/>
        <source>lecture mode did not show the perceptron-rule scene</source>
        <translation>講課模式沒有顯示 perceptron-rule 場景</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="227"/>
        <source>the lecture&apos;s perceptron shows {}, not the chapter&apos;s w = [-0.4, -0.68, 1.82]</source>
        <translation>講課中的感知器顯示 {}，而不是講義的 w = [-0.4, -0.68, 1.82]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="273"/>
        <source>no usable font: Qt would draw every character as an empty box</source>
        <translation>沒有可用的字型：Qt 會把每個字元畫成空白方框</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="302"/>
        <source>the worker did not build the default network</source>
        <translation>背景工作執行緒沒有建立預設的網路</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="317"/>
        <source>could not save the screenshot to {}</source>
        <translation>無法把螢幕截圖儲存到 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="324"/>
        <source>training did not reach {} epochs in {} s</source>
        <translation>訓練在 {1} 秒內沒有達到 {0} 個 epoch</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="328"/>
        <source>the cost did not fall</source>
        <translation>成本沒有下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/app.py" line="336"/>
        <source>all is well: {} epochs trained, the cost fell from {} to {}, lecture mode opens</source>
        <translation>一切正常：已訓練 {} 個 epoch，成本從 {} 降到 {}，講課模式可以開啟</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/step_page.py" line="31"/>
        <source>FORWARD</source>
        <translation>前向傳播</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/step_page.py" line="32"/>
        <source>COST</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/step_page.py" line="33"/>
        <source>BACKWARD</source>
        <translation>反向傳播</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/step_page.py" line="34"/>
        <source>UPDATE</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>StepSummary</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="200"/>
        <source>the slide prints {printed}: it is the weights {weights} and the slope of layer {layer}&apos;s own activation</source>
        <translation>投影片印的是 {printed}：應該是權重 {weights}，以及第 {layer} 層自己的激活函數的斜率</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="204"/>
        <source>the slide prints {printed}: it is {right}</source>
        <translation>投影片印的是 {printed}：應該是 {right}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="211"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="214"/>
        <source>the slide prints {printed}: the input of layer {layer} is {input}, so {right}</source>
        <translation>投影片印的是 {printed}：第 {layer} 層的輸入是 {input}，所以是 {right}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="230"/>
        <source>The chapter&apos;s summary slide for this network, with its typos corrected (✎). Click a formula to go to its step; ∗ multiplies entry by entry.</source>
        <translation>講義中這個網路的總結投影片，已更正其中的筆誤（✎）。按一條公式可跳到它的步驟；∗ 表示逐元素相乘。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="236"/>
        <source>(α = learning rate)</source>
        <translation>（α = 學習率）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="253"/>
        <source>The {} as the chapter writes it (rows are examples, w_[0] is the bias). Click a formula to go to its step.</source>
        <translation>講義中寫的{}（每一列是一個樣本，w_[0] 是偏差）。按一條公式可跳到它的步驟。</translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="113"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="46"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="233"/>
        <source>Forward propagation</source>
        <translation>前向傳播</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="118"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="49"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="235"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="47"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="48"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="237"/>
        <source>Backward propagation</source>
        <translation>反向傳播</translation>
    </message>
</context>
<context>
    <name>StepperPane</name>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="86"/>
        <source>Press Step-through to trace one iteration of the network.</source>
        <translation>按「逐步追蹤」追蹤網路的一次迭代。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="59"/>
        <source>First step (Home)</source>
        <translation>第一步 (Home)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="60"/>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="61"/>
        <source>Previous step (←)</source>
        <translation>上一步 (←)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="63"/>
        <source>Next step (→)</source>
        <translation>下一步 (→)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="64"/>
        <source>Last ▶|</source>
        <translation>最後 ▶|</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="65"/>
        <source>Last step (End)</source>
        <translation>最後一步 (End)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="71"/>
        <source>Step automatically</source>
        <translation>自動逐步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="79"/>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="198"/>
        <source>Save PNG…</source>
        <translation>儲存 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="199"/>
        <source>Save the current step as an image</source>
        <translation>將目前這一步存成圖片</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="200"/>
        <source>Save Markdown…</source>
        <translation>儲存 Markdown…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="201"/>
        <source>Save the whole iteration as a Markdown handout</source>
        <translation>將整個迭代存成 Markdown 講義</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="215"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 講義 (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="130"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="131"/>
        <source>Dimensions</source>
        <translation>維度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="132"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="224"/>
        <source>step 1 · m = {}</source>
        <translation>第 1 步 · m = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="224"/>
        <source>layer 1</source>
        <translation>第 1 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="225"/>
        <source>Computing the forward pass of {} on {}…</source>
        <translation>正在計算 {} 在 {} 上的前向傳播…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="241"/>
        <source>Tracing the {}…</source>
        <translation>正在追蹤{}…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="242"/>
        <source>Tracing the {} on {}…</source>
        <translation>正在追蹤 {} 在 {} 上…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="300"/>
        <source>Computing the backward pass…</source>
        <translation>正在計算反向傳播…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="331"/>
        <source>inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="331"/>
        <source>output layer {}</source>
        <translation>輸出層 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="332"/>
        <source>layer {}</source>
        <translation>第 {} 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="334"/>
        <source>step {} of {} · m = {}</source>
        <translation>第 {} 步，共 {} 步 · m = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="349"/>
        <source> (J was {:.6g})</source>
        <translation>（J 原為 {:.6g}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper.py" line="350"/>
        <source>Update applied: the weights now hold the stepped values{}. Next ▶ traces the next iteration.</source>
        <translation>已更新：權重已是更新後的值{}。按「下一步 ▶」追蹤下一次迭代。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="133"/>
        <source>Next iteration ▶▶</source>
        <translation>下一次迭代 ▶▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="62"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="134"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="58"/>
        <source>|◀ First</source>
        <translation>|◀ 第一步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="143"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="70"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="146"/>
        <source>▶ Auto-play</source>
        <translation>▶ 自動播放</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="211"/>
        <source>Save step as PNG</source>
        <translation>將這一步存成 PNG</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="211"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_toolbar.py" line="215"/>
        <source>Save trace as Markdown</source>
        <translation>將追蹤存成 Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="98"/>
        <source>weights after epoch {}</source>
        <translation>第 {} 個 epoch 後的權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="100"/>
        <source>weights after epoch {} and one step-through update</source>
        <translation>第 {} 個 epoch 後、再經過一次逐步追蹤更新的權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="103"/>
        <source>weights after epoch {} and {} step-through updates</source>
        <translation>第 {} 個 epoch 後、再經過 {} 次逐步追蹤更新的權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="105"/>
        <source>{} steps</source>
        <translation>{} 步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="107"/>
        <source>J = {} on these examples</source>
        <translation>這些樣本上的 J = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="109"/>
        <source> (the status bar shows the cost measured while epoch {} trained)</source>
        <translation>（狀態列顯示的是第 {} 個 epoch 訓練期間量到的成本）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_source.py" line="112"/>
        <source>learning rate α = {}</source>
        <translation>學習率 α = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/stepthrough/trace_worker.py" line="76"/>
        <source>Could not trace this iteration: {}</source>
        <translation>無法追蹤這次迭代：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/gradient_links.py" line="44"/>
        <source>&lt;b&gt;Links show the gradient dW now&lt;/b&gt;, not the weight: blue dW &amp;gt; 0, orange dW &amp;lt; 0, width |dW|; grey: not computed yet.</source>
        <translation>&lt;b&gt;現在連線顯示的是梯度 dW&lt;/b&gt;，不是權重：藍色 dW &amp;gt; 0，橘色 dW &amp;lt; 0，粗細 |dW|；灰色：還沒算到。</translation>
    </message>
</context>
<context>
    <name>SurfacePlot</name>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="26"/>
        <source>gradient descent</source>
        <extracomment>optimiser → (colour, line style, symbol, its name in the legend)</extracomment>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="27"/>
        <source>momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="28"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="87"/>
        <source>training path</source>
        <translation>訓練路徑</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="89"/>
        <source>start: initial weights</source>
        <translation>起點：初始權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="91"/>
        <source>now: the current weights</source>
        <translation>現在：目前的權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="94"/>
        <source>training from the chosen point</source>
        <translation>從選定的點開始的訓練</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="96"/>
        <source>chosen point</source>
        <translation>選定的點</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/surface/surface_plot.py" line="106"/>
        <source>cost J</source>
        <translation>成本 J</translation>
    </message>
</context>
<context>
    <name>Surgery</name>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="40"/>
        <source>layer {} got a new neuron</source>
        <translation>第 {} 層多了一個新神經元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="42"/>
        <source>neuron {} of layer {} was removed</source>
        <translation>第 {1} 層的第 {0} 個神經元已移除</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="44"/>
        <source>a hidden layer of {} neurons went in as layer {}</source>
        <translation>插入一個有 {} 個神經元的隱藏層，成為第 {} 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="46"/>
        <source>hidden layer {} was removed</source>
        <translation>第 {} 個隱藏層已移除</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="48"/>
        <source>Surgery at epoch {0}: {1}. Every other weight keeps its trained value; the new ones come from the initialiser ({2}). Play trains on from here.</source>
        <translation>在第 {0} 個 epoch 動手術：{1}。其他每個權重都保留訓練好的值；新的權重來自初始化方法（{2}）。按播放即從這裡繼續訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="53"/>
        <source>A layer in or out changes what the layers after it receive, so the regions change at once; the cost in the status bar is epoch {}&apos;s until the next epoch.</source>
        <translation>加入或移除一整層，會改變它之後各層收到的東西，所以決策區域會立刻改變；在下一個 epoch 之前，狀態列的成本仍是第 {} 個 epoch 的。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/workbench/surgery.py" line="113"/>
        <source>surgery at epoch {}</source>
        <translation>第 {} 個 epoch 的手術</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="15"/>
        <source>One iteration, step by step: {title}</source>
        <translation>一次迭代，逐步解說：{title}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="16"/>
        <source>Learning rate α = {alpha}; m = {m}{batch}; cost J = {cost}.</source>
        <translation>學習率 α = {alpha}；m = {m}{batch}；成本 J = {cost}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="17"/>
        <source>Matrix dimensions</source>
        <translation>矩陣維度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="18"/>
        <source>dimensions: {shapes}</source>
        <translation>維度：{shapes}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_markdown.py" line="19"/>
        <source>here: {shapes}</source>
        <translation>這裡：{shapes}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="74"/>
        <source>binary cross entropy</source>
        <extracomment>``translate(context, text) -&gt; text``, e.g. ``QCoreApplication.translate``</extracomment>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="75"/>
        <source>categorical cross entropy</source>
        <translation>多類別交叉熵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="76"/>
        <source>squared error</source>
        <translation>平方誤差</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="79"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="80"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="81"/>
        <source>linear</source>
        <translation>線性</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="84"/>
        <source>perceptron</source>
        <translation>感知器</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="85"/>
        <source>adaline</source>
        <translation>Adaline</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="86"/>
        <source>adaline sgd</source>
        <translation>Adaline（隨機梯度下降）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="87"/>
        <source>logistic</source>
        <translation>邏輯斯迴歸</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="90"/>
        <source>Forward</source>
        <translation>前向傳播</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="91"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="92"/>
        <source>Backward</source>
        <translation>反向傳播</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="93"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="98"/>
        <location filename="../../desktop_nn/ui/stepthrough/matrix_view.py" line="156"/>
        <location filename="../../desktop_nn/ui/stepthrough/stepper_views.py" line="194"/>
        <source>scalar</source>
        <translation>純量</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="99"/>
        <source>→ {name} (elementwise)</source>
        <translation>→ {name}（逐元素）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="100"/>
        <source>→ sum over the m columns</source>
        <translation>→ 對 m 行加總</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="101"/>
        <source>→ sum of all entries</source>
        <translation>→ 所有元素加總</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="102"/>
        <source>{name} {shape} is broadcast to {target}: the same column is used for each of the {columns} columns</source>
        <translation>{name} {shape} 被廣播成 {target}：同一行用在全部 {columns} 行上</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="104"/>
        <source>{name} new</source>
        <translation>更新後的 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="110"/>
        <source>Each of the {rows} rows of W[{l}] weighs the {n} inputs; one column per example</source>
        <translation>W[{l}] 的 {rows} 列各自為 {n} 個輸入加權；每個樣本一行</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="112"/>
        <source>Each of the {rows} rows of W[{l}] weighs the {n} outputs of layer {prev}; one column per example</source>
        <translation>W[{l}] 的 {rows} 列各自為第 {prev} 層的 {n} 個輸出加權；每個樣本一行</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="114"/>
        <source>The one row of W[{l}] weighs the {n} inputs; one column per example</source>
        <translation>W[{l}] 唯一的一列為 {n} 個輸入加權；每個樣本一行</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="115"/>
        <source>The one row of W[{l}] weighs the {n} outputs of layer {prev}; one column per example</source>
        <translation>W[{l}] 唯一的一列為第 {prev} 層的 {n} 個輸出加權；每個樣本一行</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="117"/>
        <source>; b[{l}] is added to every one of the {m} columns (broadcasting).</source>
        <translation>；b[{l}] 加到全部 {m} 行的每一行上（廣播）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="118"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="120"/>
        <source>{g} is applied to every entry</source>
        <translation>{g} 套用到每一個元素</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="121"/>
        <source>{g} is applied to every entry of each column (softmax: the column sums to 1)</source>
        <translation>{g} 套用到每一行的每一個元素（softmax：每一行的總和為 1）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="123"/>
        <source>; the cache (A[{prev}], W[{l}], b[{l}], Z[{l}]) is kept for the backward pass.</source>
        <translation>；快取 (A[{prev}], W[{l}], b[{l}], Z[{l}]) 留給反向傳播使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="125"/>
        <source>  A[{L}] = Ŷ, the prediction.</source>
        <translation>  A[{L}] = Ŷ，就是預測值。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="127"/>
        <source>The {loss} averaged over the {m} examples: one number that gradient descent makes smaller.</source>
        <translation>{m} 個樣本的{loss}平均值：梯度下降要讓這一個數變小。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="129"/>
        <source>The {loss} averaged over the {m} example: one number that gradient descent makes smaller.</source>
        <translation>{m} 個樣本的{loss}平均值：梯度下降要讓這一個數變小。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="131"/>
        <source>{output} output with {loss}: the chain rule collapses to prediction minus target.</source>
        <translation>{output} 輸出搭配{loss}：連鎖律化簡成預測值減目標值。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="133"/>
        <source>The loss&apos;s own derivative: this output and loss are not a natural pair.</source>
        <translation>損失函數本身的導數：這個輸出和損失函數不是自然的搭配。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="134"/>
        <source>Chain rule through the output activation, entry by entry.</source>
        <translation>逐元素地透過輸出層的激活函數套用連鎖律。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="135"/>
        <source>Softmax mixes the units of a column, so its Jacobian is applied per column.</source>
        <translation>Softmax 會混合同一行的各單元，所以它的雅可比矩陣要逐行套用。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="138"/>
        <source>Uses {input} — the input of layer {l} (the slide&apos;s summary misprints A[L]ᵀ here); the product sums over the {m} examples.</source>
        <translation>用的是 {input} — 第 {l} 層的輸入（投影片的總結這裡誤印成 A[L]ᵀ）；乘積會對 {m} 個樣本加總。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="140"/>
        <source>Uses {input} — the input of layer {l} (the slide&apos;s summary misprints A[L]ᵀ here); the product sums over the {m} example.</source>
        <translation>用的是 {input} — 第 {l} 層的輸入（投影片的總結這裡誤印成 A[L]ᵀ）；乘積會對 {m} 個樣本加總。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="142"/>
        <source>The average of each row of dZ: one number per neuron, shaped like b.</source>
        <translation>dZ 每一列的平均：每個神經元一個數，形狀和 b 一樣。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="143"/>
        <source>The error flows back through the weights W[{l}]ᵀ (not dW[{l}]ᵀ, as the slide&apos;s summary misprints).</source>
        <translation>誤差經由權重 W[{l}]ᵀ 往回傳（不是投影片總結誤印的 dW[{l}]ᵀ）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="145"/>
        <source>* multiplies entry by entry: {g}&apos;s slope at each Z[{prev}] scales the error.</source>
        <translation>* 是逐元素相乘：{g} 在每個 Z[{prev}] 的斜率縮放誤差。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="148"/>
        <source>One small step downhill: learning rate α = {alpha}.</source>
        <translation>往下坡走一小步：學習率 α = {alpha}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="149"/>
        <source>Computing the forward pass…</source>
        <translation>正在計算前向傳播…</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="151"/>
        <source>Zero when the sample is classified correctly: the perceptron then does not move.</source>
        <translation>樣本分類正確時為零：這時感知器不會移動。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="153"/>
        <source>Adaline learns from the linear output z.</source>
        <translation>Adaline 從線性輸出 z 學習。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="154"/>
        <source>Rows are examples here, as in the classic models&apos; slides.</source>
        <translation>這裡每一列是一個樣本，和經典模型的投影片一樣。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="160"/>
        <source>{dims} network, m = {m}</source>
        <translation>{dims} 網路，m = {m}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="161"/>
        <source>{dims} network, one example x({i}), m = 1</source>
        <translation>{dims} 網路，一個樣本 x({i})，m = 1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/engine/trace_messages.py" line="162"/>
        <source>{model} on {m} examples</source>
        <translation>{m} 個樣本上的{model}</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="27"/>
        <source>Training diverged at epoch {0}: the cost became {1}. The plots show the last good state. Try a smaller learning rate (now {2}, e.g. {3}).</source>
        <translation>訓練在第 {0} 次迭代發散：成本變成 {1}。圖表顯示最後一個正常的狀態。請試較小的學習率（目前 {2}，例如 {3}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="34"/>
        <source>Paused at epoch {0}: training has stalled. For 1000 epochs the cost has stayed near J = {1} and the fit has done no better than always answering the mean of y (R² ≤ 0): every hidden unit is alike (zero initial weights), or the units saturate (the learning rate is now {2}). Try another initialiser (Xavier, He) or a smaller learning rate, then Reset.</source>
        <translation>在第 {0} 個 epoch 暫停：訓練停滯了。1000 個 epoch 以來成本一直停在 J = {1} 附近，擬合並不比永遠回答 y 的平均值更好（R² ≤ 0）：可能每個隱藏單元都一樣（初始權重為零），或單元飽和了（學習率現在是 {2}）。請換一種初始化（Xavier、He）或較小的學習率，再按重設。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="42"/>
        <source>Paused at epoch {0}: training has stalled. For 1000 epochs the cost has jumped up and down without going lower (J = {1}) and the model has done no better than putting every point in one class: the learning rate is so large that the units saturate. Try a smaller one (now {2}, e.g. {3}), then Reset.</source>
        <translation>已在第 {0} 個 epoch 暫停：訓練停滯了。1000 個 epoch 以來，成本上下跳動卻沒有再降低（J = {1}），模型也只做到把所有點都歸到同一類：學習率太大，使各單元飽和。請試較小的學習率（目前 {2}，例如 {3}），然後按「重設」。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="49"/>
        <source>Paused at epoch {0}: training has stalled. For 1000 epochs the cost has stayed at J = {1} and the model has done no better than putting every point in one class: the gradients reaching the first layers vanish, or every hidden unit is alike (zero initial weights). Try another initialiser (Xavier, He) or activation (ReLU, tanh), then Reset.</source>
        <translation>已在第 {0} 個 epoch 暫停：訓練停滯了。1000 個 epoch 以來，成本一直停在 J = {1}，模型也只做到把所有點都歸到同一類：傳到前面幾層的梯度消失了，或是每個隱藏單元都一樣（初始權重全為零）。請試另一種權重初始化（Xavier、He）或激活函數（ReLU、tanh），然後按「重設」。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="57"/>
        <source>Stopped after {} epochs (the epoch limit); raise it to train on.</source>
        <translation>已在 {} 次迭代後停止（迭代上限）；提高上限即可繼續訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="60"/>
        <source>Training goes on from the parameters set by hand (the step-through&apos;s update or a point on the loss surface).</source>
        <translation>訓練從手動設定的參數繼續（逐步追蹤的更新，或損失曲面上的一個點）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="69"/>
        <source>Could not build the model: {}</source>
        <translation>無法建立模型：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="72"/>
        <source>The stepped parameters do not fit this model: {}</source>
        <translation>逐步追蹤的參數不符合這個模型：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/messages.py" line="76"/>
        <source>Training failed unexpectedly ({}); the details are in the log.</source>
        <translation>訓練意外失敗（{}）；詳細資訊記錄在日誌中。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/training_worker.py" line="88"/>
        <source>The training process could not start: {}</source>
        <extracomment>what the controller may ask, each a method below, run in the worker thread</extracomment>
        <translation>無法啟動訓練程序：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/training_worker.py" line="111"/>
        <source>The activation &apos;{}&apos; cannot reach the training process: declare it with numpy_activation (its NumPy source) or with module-level functions.</source>
        <translation>激活函數「{}」無法傳送到訓練程序：請用 numpy_activation（附上它的 NumPy 原始碼）或模組層級的函數來宣告它。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/training_worker.py" line="245"/>
        <source>The training process ended unexpectedly again (exit code {}); press Play or change a setting to try once more.</source>
        <translation>訓練程序再次意外結束（結束代碼 {}）；按「開始」或變更任一設定即可再試一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/worker/training_worker.py" line="252"/>
        <source>The training process ended unexpectedly (exit code {}); a new one starts again from epoch 0.</source>
        <translation>訓練程序意外結束（結束代碼 {}）；已啟動新的訓練程序，從第 0 次迭代重新開始。</translation>
    </message>
</context>
<context>
    <name>WeightPicker</name>
    <message>
        <location filename="../../desktop_nn/ui/surface/weight_picker.py" line="51"/>
        <source>Click two links: the surface is drawn over those two weights.</source>
        <translation>點選兩條連線：曲面畫在這兩個權重上。</translation>
    </message>
</context>
<context>
    <name>lecture/activations</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="30"/>
        <source>1 if z ≥ 0, −1 otherwise</source>
        <translation>z ≥ 0 時為 1，否則為 −1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="30"/>
        <source>0 (undefined at z = 0)</source>
        <translation>0（在 z = 0 沒有定義）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="34"/>
        <source>0 if z &amp;lt; 0, 1 if z ≥ 0</source>
        <translation>z &amp;lt; 0 時為 0，z ≥ 0 時為 1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="35"/>
        <source>{} if z &amp;lt; 0, 1 if z ≥ 0</source>
        <translation>z &amp;lt; 0 時為 {}，z ≥ 0 時為 1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="42"/>
        <source>the perceptron&apos;s: no gradient to learn from</source>
        <translation>感知器用的：沒有梯度可以學習</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="43"/>
        <source>Adaline&apos;s: a stack of linear layers stays linear</source>
        <translation>Adaline 用的：線性層疊再多層仍然是線性</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="44"/>
        <source>for a 0/1 output</source>
        <translation>用於 0/1 的輸出</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="45"/>
        <source>zero-centred, like a shifted sigmoid</source>
        <translation>以零為中心，像平移過的 sigmoid</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="46"/>
        <source>currently the most popular: gradient descent is much faster</source>
        <translation>目前最受歡迎：梯度下降快得多</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="47"/>
        <source>keeps a small slope {} for z &amp;lt; 0</source>
        <translation>z &amp;lt; 0 時保留小斜率 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="53"/>
        <source>{}; flat here: g′ is {} of its peak {}, so learning is slow</source>
        <translation>{0}；這裡很平坦：g′ 只有峰值 {2} 的 {1}，所以學得很慢</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/activations.py" line="55"/>
        <source>{}; g′ here is {} of its peak {}</source>
        <translation>{0}；這裡的 g′ 是峰值 {2} 的 {1}</translation>
    </message>
</context>
<context>
    <name>lecture/adaline_code</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="65"/>
        <source>Adaline — Gradient Descent</source>
        <translation>Adaline — 梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="65"/>
        <source>Iterations</source>
        <translation>迭代次數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="66"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="117"/>
        <source>Sum-squared-error</source>
        <translation>誤差平方和</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="95"/>
        <source>press ▶ Play</source>
        <translation>按 ▶ 播放</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="98"/>
        <source>epoch {}: the cost overflowed — this learning rate diverges</source>
        <translation>第 {} 個 epoch：成本溢位 — 這個學習率會發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="102"/>
        <source>after {} epochs, {}/{} correct</source>
        <translation>經過 {} 個 epoch，{}/{} 正確</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="103"/>
        <source>after {} epoch, {}/{} correct</source>
        <translation>經過 {} 個 epoch，{}/{} 正確</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="105"/>
        <source>cost_ is J before each update; after the last one, J = {}</source>
        <translation>cost_ 是每次更新前的 J；最後一次更新後 J = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="116"/>
        <source>sepal [std.]</source>
        <translation>花萼 [標準化]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="116"/>
        <source>petal [std.]</source>
        <translation>花瓣 [標準化]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="117"/>
        <source>Epochs</source>
        <translation>epoch 數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="118"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="148"/>
        <source>batch GD</source>
        <translation>批次梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="141"/>
        <source>w = 0: press ▶ Play — one update per flower, {} per epoch</source>
        <translation>w = 0：按 ▶ 播放 — 每朵花更新一次，每個 epoch 更新 {} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="147"/>
        <source>, {} updates: &lt;b&gt;{}&lt;/b&gt;</source>
        <translation>，{} 次更新：&lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="149"/>
        <source>, {} updates: {}</source>
        <translation>，{} 次更新：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/adaline_code.py" line="150"/>
        <source>, {} update: {}</source>
        <translation>，{} 次更新：{}</translation>
    </message>
</context>
<context>
    <name>lecture/backprop</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="38"/>
        <source>forward</source>
        <extracomment>the phases&apos; names as a step shows them</extracomment>
        <translation>前向</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="39"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="40"/>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="41"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop.py" line="101"/>
        <source>step {} of {} · {} · layer {}</source>
        <translation>第 {} / {} 步 · {} · 第 {} 層</translation>
    </message>
</context>
<context>
    <name>lecture/backprop_one_example</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="46"/>
        <source>= shape of {}</source>
        <translation>= {} 的形狀</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="64"/>
        <source>(* entry by entry)</source>
        <translation>（* 逐元素相乘）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="119"/>
        <source>network {}, {}</source>
        <translation>網路 {}，{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="149"/>
        <source>given x: {}</source>
        <translation>給定 x：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="155"/>
        <source>forward ▶</source>
        <translation>前向 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="159"/>
        <source>◀ backward {} of {}</source>
        <translation>◀ 反向 第 {} / {} 步</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="161"/>
        <source>shapes: {}</source>
        <translation>形狀：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="172"/>
        <source>after the last step: are these the numbers of the engine&apos;s backward pass?</source>
        <translation>最後一步之後：這些數字和引擎的反向傳播一樣嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="176"/>
        <source>Network.backward on this one example (m = 1) gives {}</source>
        <translation>Network.backward 在這一個樣本 (m = 1) 上得到{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="177"/>
        <source>the same dW&lt;sup&gt;[1]&lt;/sup&gt;, db&lt;sup&gt;[1]&lt;/sup&gt;, dW&lt;sup&gt;[2]&lt;/sup&gt;, db&lt;sup&gt;[2]&lt;/sup&gt; ✓</source>
        <translation>相同的 dW&lt;sup&gt;[1]&lt;/sup&gt;、db&lt;sup&gt;[1]&lt;/sup&gt;、dW&lt;sup&gt;[2]&lt;/sup&gt;、db&lt;sup&gt;[2]&lt;/sup&gt; ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="179"/>
        <source>numbers that differ by {} ✗</source>
        <translation>相差 {} 的數字 ✗</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/backprop_one_example.py" line="181"/>
        <source> — for m examples: capitals, (1/m) and sums over the columns</source>
        <translation> — m 個樣本時：改用大寫、乘上 (1/m) 並對各行加總</translation>
    </message>
</context>
<context>
    <name>lecture/building_blocks</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="54"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="63"/>
        <source>layer {}</source>
        <translation>第 {} 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="60"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="61"/>
        <source>cache</source>
        <translation>快取</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="61"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="75"/>
        <source>(empty)</source>
        <translation>（空的）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="68"/>
        <source>updated ✓</source>
        <translation>已更新 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="118"/>
        <source>forward ▶  input a[l−1], output a[l], cache z[l]</source>
        <translation>前向 ▶  輸入 a[l−1]，輸出 a[l]，快取 z[l]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="119"/>
        <source>◀ backward  input da[l] and the cache, output da[l−1], dW[l], db[l]</source>
        <translation>◀ 反向  輸入 da[l] 和快取，輸出 da[l−1]、dW[l]、db[l]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="231"/>
        <source>step ▶|</source>
        <translation>單步 ▶|</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="232"/>
        <source>↺ restart</source>
        <translation>↺ 重新開始</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="243"/>
        <source>network {}, m = {} examples</source>
        <translation>網路 {}，m = {} 個樣本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="300"/>
        <source>Input a[0] = X. Each forward block computes z[l] = W[l]a[l−1] + b[l], a[l] = g[l](z[l]) and keeps z[l], W[l], b[l] in its cache.</source>
        <translation>輸入 a[0] = X。每個前向區塊計算 z[l] = W[l]a[l−1] + b[l]、a[l] = g[l](z[l])，並把 z[l]、W[l]、b[l] 存進快取。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="303"/>
        <source>forward, layer {l}: a[{prev}] → a[{l}] {A}; the cache keeps Z[{l}] {Z}, W[{l}], b[{l}] for the backward pass</source>
        <translation>前向，第 {l} 層：a[{prev}] → a[{l}] {A}；快取保留 Z[{l}] {Z}、W[{l}]、b[{l}] 給反向傳播</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="308"/>
        <source>backward, layer {l}: from da[{l}] and the cache → da[{prev}], dW[{l}] {dW}, db[{l}] {db}</source>
        <translation>反向，第 {l} 層：由 da[{l}] 和快取 → da[{prev}]、dW[{l}] {dW}、db[{l}] {db}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/building_blocks.py" line="312"/>
        <source>update every layer: W[l] = W[l] − α dW[l], b[l] = b[l] − α db[l]</source>
        <translation>更新每一層：W[l] = W[l] − α dW[l]，b[l] = b[l] − α db[l]</translation>
    </message>
</context>
<context>
    <name>lecture/classic</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="87"/>
        <source>gaussians</source>
        <extracomment>the data sets the non-separable scene offers (key → name shown)</extracomment>
        <translation>高斯分布（重疊）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="88"/>
        <source>versicolor-virginica</source>
        <translation>versicolor / virginica</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="89"/>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="98"/>
        <source>errors_: updates per epoch</source>
        <translation>errors_：每個 epoch 的更新次數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="104"/>
        <source>decision regions, ✕ = misclassified</source>
        <translation>決策區域，✕ = 分類錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="109"/>
        <source>updates</source>
        <translation>更新次數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="151"/>
        <source>errors_: never 0</source>
        <translation>errors_：從未降到 0</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="164"/>
        <source>before training: w = 0. ▶ Play (P) trains epoch by epoch.</source>
        <translation>訓練前：w = 0。按 ▶ 播放（P）逐個 epoch 訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="165"/>
        <source>w = 0 misclassifies &lt;b&gt;{}&lt;/b&gt; of {} (✕)</source>
        <translation>w = 0 時，{1} 個樣本中有 &lt;b&gt;{0}&lt;/b&gt; 個分類錯誤 (✕)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="167"/>
        <source>epoch {}: errors_ = &lt;b&gt;{}&lt;/b&gt; (updates during it)</source>
        <translation>第 {} 個 epoch：errors_ = &lt;b&gt;{}&lt;/b&gt;（這個 epoch 中的更新次數）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="170"/>
        <source>no update from epoch {} on: converged</source>
        <translation>從第 {} 個 epoch 起不再更新：已收斂</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="172"/>
        <source>never 0 in {} epochs: it does not converge</source>
        <translation>{} 個 epoch 中從未降到 0：不會收斂</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="174"/>
        <source>w after epoch {} misclassifies &lt;b&gt;{}&lt;/b&gt; of {} (✕)</source>
        <translation>第 {0} 個 epoch 後的 w：{2} 個樣本中有 &lt;b&gt;{1}&lt;/b&gt; 個分類錯誤 (✕)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/classic.py" line="212"/>
        <source>J(w₁, w₂) and the descent path</source>
        <translation>J(w₁, w₂) 與梯度下降的路徑</translation>
    </message>
</context>
<context>
    <name>lecture/code</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="150"/>
        <source>Use Python to implement forward and backward propagation for a deep network: this script does, for the network below.</source>
        <translation>用 Python 實作深度網路的前向與反向傳播：這個程式就為下面的網路做到了。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="163"/>
        <source>▶ run it</source>
        <translation>▶ 執行</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="169"/>
        <source>hidden layers</source>
        <translation>隱藏層數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="169"/>
        <source>units</source>
        <translation>單元數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="186"/>
        <source>press ▶ run it (or P)</source>
        <translation>按 ▶ 執行（或 P）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/code.py" line="206"/>
        <source>running …</source>
        <translation>執行中 …</translation>
    </message>
</context>
<context>
    <name>lecture/deep</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="136"/>
        <source>− layer</source>
        <translation>− 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="137"/>
        <source>+ layer</source>
        <translation>+ 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="158"/>
        <source>no hidden layer</source>
        <translation>沒有隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="161"/>
        <source>n[{0}]: units in layer {0}</source>
        <translation>n[{0}]：第 {0} 層的單元數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="205"/>
        <source>next layer ▶</source>
        <translation>下一層 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="231"/>
        <source>the output ŷ</source>
        <translation>輸出 ŷ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="231"/>
        <source>hidden layer {}</source>
        <translation>隱藏層 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="234"/>
        <source># layers &lt;b&gt;L = {}&lt;/b&gt; (the input is not counted)</source>
        <translation>層數 &lt;b&gt;L = {}&lt;/b&gt;（輸入層不算）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="235"/>
        <source>{n} = # units in layer l</source>
        <translation>{n} = 第 l 層的單元數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="237"/>
        <source>兩個input</source>
        <translation>兩個輸入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="238"/>
        <source>{formula}: activations</source>
        <translation>{formula}：激活值</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="239"/>
        <source>{W}, {b}: weights, bias for {z}</source>
        <translation>{W}、{b}：計算 {z} 的權重、偏差</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="240"/>
        <source>{a0} = X (input), {aL} = ŷ (output)</source>
        <translation>{a0} = X（輸入），{aL} = ŷ（輸出）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="241"/>
        <source>{layer} ({role}): {shapes}</source>
        <translation>{layer}（{role}）：{shapes}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="242"/>
        <source>layer {}</source>
        <translation>第 {} 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="243"/>
        <source>{W} is ({rows}, {cols}), {b} is ({rows}, 1)</source>
        <translation>{W} 是 ({rows}, {cols})，{b} 是 ({rows}, 1)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep.py" line="245"/>
        <source>{} parameters in all</source>
        <translation>共 {} 個參數</translation>
    </message>
</context>
<context>
    <name>lecture/deep_forward</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="83"/>
        <source>◀ layer</source>
        <translation>◀ 上一層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="84"/>
        <source>layer ▶</source>
        <translation>下一層 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="151"/>
        <source>{b} {shape} is added to each of the m = {m} columns: broadcast to {target}</source>
        <translation>{b} {shape} 加到 m = {m} 行的每一行：廣播成 {target}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/deep_forward.py" line="165"/>
        <source>layer {} of L = {}: the m examples are columns (vectorised); we still need a for loop over the layers l = 1 … L</source>
        <translation>L = {1} 層中的第 {0} 層：m 個樣本是各行（向量化）；但各層 l = 1 … L 之間仍然需要 for 迴圈</translation>
    </message>
</context>
<context>
    <name>lecture/delta_rule</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="95"/>
        <source>J(w) = {J} at these weights. Moving w{sub} a little either way changes J at the rate {slope}: that rate is ∂J/∂w{sub}.</source>
        <extracomment>the slides&apos; derivation of ∂J/∂w_j, one line per step (rich text) what each line of DERIVATION means, told with the first flower&apos;s numbers (see DeltaRuleDerivationScene.explain)</extracomment>
        <translation>在這組權重下 J(w) = {J}。把 w{sub} 往任一方向稍微移動，J 的變化率是 {slope}：這個變化率就是 ∂J/∂w{sub}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="98"/>
        <source>The derivative of a sum is the sum of the derivatives: one slope per flower, {m} flowers, halved: {half_sum}.</source>
        <translation>總和的導數等於導數的總和：每朵花一個斜率，共 {m} 朵花，再乘以 ½：{half_sum}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="101"/>
        <source>Chain rule. Flower 1: y′ = {y_true}, y = {output}, so 2 (y′ − y) = {twice_residual}, and ∂(y′ − y)/∂w{sub} = {inner}.</source>
        <translation>連鎖律。第 1 朵花：y′ = {y_true}，y = {output}，所以 2 (y′ − y) = {twice_residual}，而 ∂(y′ − y)/∂w{sub} = {inner}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="104"/>
        <source>Adaline&apos;s output is y = g(z) = z = Σ&lt;sub&gt;k&lt;/sub&gt; w&lt;sub&gt;k&lt;/sub&gt; x&lt;sub&gt;k&lt;/sub&gt;. Flower 1: y = {terms} = {output}.</source>
        <translation>Adaline 的輸出是 y = g(z) = z = Σ&lt;sub&gt;k&lt;/sub&gt; w&lt;sub&gt;k&lt;/sub&gt; x&lt;sub&gt;k&lt;/sub&gt;。第 1 朵花：y = {terms} = {output}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="107"/>
        <source>Only the term w{sub} x{sub} depends on w{sub}: the inner derivative is −x{sub}. Flower 1: −x{sub} = {minus_x}; summed over all {m} flowers: {sum}.</source>
        <translation>只有 w{sub} x{sub} 這一項和 w{sub} 有關：內層導數是 −x{sub}。第 1 朵花：−x{sub} = {minus_x}；對全部 {m} 朵花加總：{sum}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="110"/>
        <source>−α ∂J/∂w{sub} = −{alpha} × {sum} = {dw}. One epoch of the engine&apos;s AdalineGD from these weights moves w{sub} by &lt;b&gt;{engine}&lt;/b&gt;: {same}.</source>
        <translation>−α ∂J/∂w{sub} = −{alpha} × {sum} = {dw}。引擎的 AdalineGD 從這組權重跑一個 epoch，讓 w{sub} 移動 &lt;b&gt;{engine}&lt;/b&gt;：{same}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="113"/>
        <source>w := w + Δw for every j at once: w = {w_new}, and J falls from {J} to {J_new}. Press w := w + Δw to take the step and derive again.</source>
        <translation>對每個 j 同時做 w := w + Δw：w = {w_new}，J 從 {J} 降到 {J_new}。按 w := w + Δw 走這一步，再推導一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="118"/>
        <source>w₀: the bias (x₀ = 1)</source>
        <translation>w₀：偏差 (x₀ = 1)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="119"/>
        <source>w₁: sepal length</source>
        <translation>w₁：花萼長度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="120"/>
        <source>w₂: petal length</source>
        <translation>w₂：花瓣長度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="168"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="203"/>
        <source>Next step ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="178"/>
        <source>epochs of AdalineGD (α = {})</source>
        <translation>個 AdalineGD 的 epoch（α = {}）後</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="180"/>
        <source>w after</source>
        <translation>w：經過</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="204"/>
        <source>↺ from the top</source>
        <translation>↺ 從頭開始</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="225"/>
        <source>w = {} on standardised Iris</source>
        <translation>標準化 Iris 上的 w = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="228"/>
        <source>- - slope {}</source>
        <translation>- - 斜率 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="231"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="267"/>
        <source>✗ differs</source>
        <translation>✗ 不同</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="233"/>
        <source>▶ step Δw{}</source>
        <translation>▶ 步伐 Δw{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="234"/>
        <source>the engine&apos;s AdalineGD: {} {}</source>
        <translation>引擎的 AdalineGD：{} {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="252"/>
        <source>J along w{}</source>
        <translation>沿著 w{} 的 J</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/delta_rule.py" line="267"/>
        <source>✓ the same</source>
        <translation>✓ 相同</translation>
    </message>
</context>
<context>
    <name>lecture/gradient_flow</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="27"/>
        <source>zeros</source>
        <translation>全為零</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="28"/>
        <source>small random × 0.01</source>
        <translation>小的隨機數 × 0.01</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="29"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="30"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="49"/>
        <source>no gradient at all: every dW = 0 (symmetry)</source>
        <extracomment>‖dW[1]‖ / ‖dW[L]‖ below this: the gradient vanishes on its way down</extracomment>
        <translation>完全沒有梯度：每個 dW = 0（對稱）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="52"/>
        <source>‖dW[1]‖ / ‖dW[L]‖ = {}: vanishes on its way down</source>
        <translation>‖dW[1]‖ / ‖dW[L]‖ = {}：在往下傳的路上消失</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="53"/>
        <source>‖dW[1]‖ / ‖dW[L]‖ = {}: reaches every layer</source>
        <translation>‖dW[1]‖ / ‖dW[L]‖ = {}：傳到每一層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="66"/>
        <source>‖dW[l]‖ layer by layer (log scale)</source>
        <translation>逐層的 ‖dW[l]‖（對數刻度）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="67"/>
        <source>layer l</source>
        <translation>第 l 層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="68"/>
        <source>‖dW[l]‖</source>
        <translation>‖dW[l]‖</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="87"/>
        <source>initial weights:</source>
        <translation>初始權重：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/gradient_flow.py" line="122"/>
        <source>Network {}, {} data, ‖dW[l]‖ averaged over the first {} epochs of batch gradient descent. Going down from layer {} to layer 1, each layer multiplies the gradient by Wᵀ and g′(Z): g′ ≤ ¼ for the sigmoid.</source>
        <translation>網路 {}，{} 資料，‖dW[l]‖ 對批次梯度下降的前 {} 個 epoch 取平均。從第 {} 層往下到第 1 層，每一層都把梯度乘上 Wᵀ 與 g′(Z)：sigmoid 的 g′ ≤ ¼。</translation>
    </message>
</context>
<context>
    <name>lecture/graph</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="151"/>
        <source>forward ▶</source>
        <extracomment>(column, row) of each node: the inputs on the left, J on the right the derivative under each box, short form (the full chain rule is narrated under the graph)</extracomment>
        <translation>前向 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="152"/>
        <source>◀ backward</source>
        <translation>◀ 反向</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="201"/>
        <source>Forward pass: values from left to right. Press ▶ (or P).</source>
        <translation>前向傳播：數值由左往右計算。按 ▶（或 P）。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="204"/>
        <source>input {} = {}</source>
        <translation>輸入 {} = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="209"/>
        <source>forward: {}</source>
        <translation>前向：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="217"/>
        <source>backward: {}</source>
        <translation>反向：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/graph.py" line="223"/>
        <source>check: y + {h} moves J by {moved} ≈ ∂J/∂y × {h} = {expected}</source>
        <translation>驗算：y + {h} 讓 J 改變 {moved} ≈ ∂J/∂y × {h} = {expected}</translation>
    </message>
</context>
<context>
    <name>lecture/hyperparameters</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="56"/>
        <source>&lt;b&gt;Hyperparameters&lt;/b&gt; (you choose):</source>
        <translation>&lt;b&gt;超參數&lt;/b&gt;（由你選擇）：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="69"/>
        <source># iterations</source>
        <translation>迭代次數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="70"/>
        <source># hidden layers</source>
        <translation>隱藏層數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="71"/>
        <source>units {}</source>
        <translation>單元數 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="72"/>
        <source>activation g</source>
        <translation>激活函數 g</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="75"/>
        <source>momentum, mini-batch size, regularisation … → next chapter</source>
        <translation>動量、小批次大小、正規化 … → 下一章</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="90"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="126"/>
        <source>data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="124"/>
        <source>iterations</source>
        <translation>迭代次數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="125"/>
        <source>hidden layers</source>
        <translation>隱藏層數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="125"/>
        <source>units</source>
        <translation>單元數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="132"/>
        <source>not run</source>
        <translation>尚未執行</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="134"/>
        <source>diverged at epoch {}</source>
        <translation>在第 {} 個 epoch 發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="136"/>
        <source>{} at epoch {}</source>
        <translation>{}（第 {} 個 epoch）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="184"/>
        <source>&lt;b&gt;Parameters&lt;/b&gt; (learned): {}: {} numbers</source>
        <translation>&lt;b&gt;參數&lt;/b&gt;（學習得到）：{}：共 {} 個數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="187"/>
        <source>idea</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="187"/>
        <source>code</source>
        <translation>程式</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="187"/>
        <source>experiment</source>
        <translation>實驗</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="189"/>
        <source>&lt;b&gt;Empirical process:&lt;/b&gt;</source>
        <translation>&lt;b&gt;實證流程：&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="191"/>
        <source>idea: change a hyperparameter and compare</source>
        <translation>想法：改變一個超參數，然後比較</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="195"/>
        <source>idea: {} (before: {})</source>
        <translation>想法：{}（之前：{}）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="196"/>
        <source>the same again</source>
        <translation>同樣的再一次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="210"/>
        <source>, accuracy {}</source>
        <translation>，準確率 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/hyperparameters.py" line="212"/>
        <source>epoch {}: diverged, try a smaller α</source>
        <translation>第 {} 個 epoch：發散了，試試較小的 α</translation>
    </message>
</context>
<context>
    <name>lecture/initialization</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="95"/>
        <source>zeros</source>
        <translation>全為零</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="106"/>
        <source>cost J while training (log scale)</source>
        <translation>訓練時的成本 J（對數刻度）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="107"/>
        <source>cross-entropy J</source>
        <translation>交叉熵 J</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="160"/>
        <source>rows identical: units stay copies</source>
        <translation>各列相同：單元一直是彼此的複製品</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="162"/>
        <source>{} of a[1] saturated at start</source>
        <translation>一開始 a[1] 有 {} 已飽和</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/initialization.py" line="166"/>
        <source>J = {} · {} right</source>
        <translation>J = {} · {} 正確</translation>
    </message>
</context>
<context>
    <name>lecture/iris_loading</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/iris_loading.py" line="49"/>
        <source>setosa and versicolor: rows 0–99</source>
        <translation>setosa 與 versicolor：第 0–99 列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/iris_loading.py" line="71"/>
        <source>read &lt;b&gt;{}&lt;/b&gt;, the UCI file shipped with the app</source>
        <translation>讀入 &lt;b&gt;{}&lt;/b&gt;，隨程式附上的 UCI 檔案</translation>
    </message>
</context>
<context>
    <name>lecture/linear_models</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="67"/>
        <source>ŷ = z, a real number</source>
        <extracomment>what each model computes, in the slides&apos; terms (rich text)</extracomment>
        <translation>ŷ = z，一個實數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="67"/>
        <source>error on ŷ: y′ − ŷ</source>
        <translation>ŷ 的誤差：y′ − ŷ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="68"/>
        <source>solved once (least squares)</source>
        <translation>一次解出（最小平方法）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="69"/>
        <source>g(z) = z, threshold → ±1</source>
        <translation>g(z) = z，取閾值 → ±1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="69"/>
        <source>error on z: y′ − z</source>
        <translation>z 的誤差：y′ − z</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="70"/>
        <source>error on ŷ: 0 or ±2</source>
        <translation>ŷ 的誤差：0 或 ±2</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="71"/>
        <source>a = σ(z), in (0, 1)</source>
        <translation>a = σ(z)，介於 (0, 1)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="71"/>
        <source>error on a: y′ − a</source>
        <translation>a 的誤差：y′ − a</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="74"/>
        <source>Linear regression</source>
        <extracomment>the models&apos; names as shown (the keys above are also the scene&apos;s names for them)</extracomment>
        <translation>線性迴歸</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="74"/>
        <source>Adaline</source>
        <translation>Adaline</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="75"/>
        <source>Perceptron</source>
        <translation>感知器</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="75"/>
        <source>Logistic regression</source>
        <translation>邏輯斯迴歸</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="109"/>
        <source>activation g(z)</source>
        <translation>激活函數 g(z)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="110"/>
        <source>the error each model learns from</source>
        <translation>每個模型用來學習的誤差</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="111"/>
        <source>Adaline&apos;s threshold</source>
        <translation>Adaline 的閾值</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="154"/>
        <source>{} misclassified</source>
        <translation>{} 個分類錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="158"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/linear_models.py" line="160"/>
        <source>, {}/{} right</source>
        <translation>，{}/{} 正確</translation>
    </message>
</context>
<context>
    <name>lecture/logistic</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="55"/>
        <source>z = wᵀx + b   (drag the vertical line)</source>
        <translation>z = wᵀx + b   （拖曳垂直線）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="71"/>
        <source>“logit” = “log odds”. Large positive z: σ(z) → 1; large negative z: σ(z) → 0.</source>
        <translation>「logit」=「log odds」（對數勝算）。z 是很大的正數：σ(z) → 1；z 是很小的負數：σ(z) → 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="76"/>
        <source>P(y = 1 | x) after training</source>
        <translation>訓練後的 P(y = 1 | x)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="98"/>
        <source>odds = P / (1 − P) = &lt;b&gt;{}&lt;/b&gt;</source>
        <translation>勝算 odds = P / (1 − P) = &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="99"/>
        <source>logit = ln(odds) = &lt;b&gt;{}&lt;/b&gt; = z</source>
        <translation>logit = ln(odds) = &lt;b&gt;{}&lt;/b&gt; = z</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="112"/>
        <source>cross-entropy J: {} → {}, {}/{} correct</source>
        <translation>交叉熵 J：{} → {}，{}/{} 正確</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="167"/>
        <source>squared error</source>
        <extracomment>a run is at the minimum when its J is within this share of the curve&apos;s range above the lowest J</extracomment>
        <translation>平方誤差</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="168"/>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="189"/>
        <source>m = {} points, one weight w, b = 0</source>
        <translation>m = {} 個點，單一權重 w，b = 0</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="191"/>
        <source>start w₀</source>
        <translation>起點 w₀</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="211"/>
        <source>convex ✓</source>
        <translation>凸函數 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="213"/>
        <source>not convex ✗</source>
        <translation>非凸函數 ✗</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="215"/>
        <source>at the minimum (w* ≈ {}) ✓</source>
        <translation>已到最小值（w* ≈ {}）✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="217"/>
        <source>J still {} above its minimum (at w* ≈ {})</source>
        <translation>J 仍比最小值（在 w* ≈ {1}）高 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="218"/>
        <source>{shape}; slope at w₀: |dJ/dw| = {slope}</source>
        <translation>{shape}；w₀ 處的斜率：|dJ/dw| = {slope}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic.py" line="219"/>
        <source>{steps} steps: w = {w}, J = {J}, {where}</source>
        <translation>{steps} 步：w = {w}，J = {J}，{where}</translation>
    </message>
</context>
<context>
    <name>lecture/logistic_derivatives</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="61"/>
        <source>① one example</source>
        <translation>① 一個樣本</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="61"/>
        <source>② m examples: the loop</source>
        <translation>② m 個樣本：迴圈</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="114"/>
        <source>for i = 1 … m: add example i — 全部計算 sample 後才更新 weight</source>
        <translation>對 i = 1 … m：加入第 i 個樣本 — 「全部計算 sample 後才更新 weight」</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="125"/>
        <source>update w, b  (α = {})</source>
        <translation>更新 w、b  (α = {})</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="188"/>
        <source> (after {} updates)</source>
        <translation>（{} 次更新後）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="189"/>
        <source> (after {} update)</source>
        <translation>（{} 次更新後）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_derivatives.py" line="195"/>
        <source>{} of m = {} examples added; the running sums J, dw₁, dw₂, db are divided by m at the end</source>
        <translation>已加入 m = {1} 個樣本中的 {0} 個；累加的 J、dw₁、dw₂、db 最後再除以 m</translation>
    </message>
</context>
<context>
    <name>lecture/logistic_graph</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="262"/>
        <source>forward ▶</source>
        <extracomment>the steps of the graph: (node that gets its number, &quot;forward&quot; / &quot;backward&quot;)</extracomment>
        <translation>前向 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="262"/>
        <source>◀ backward</source>
        <translation>◀ 反向</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="267"/>
        <source>Given x₁, x₂, the parameters w₁, w₂, b and the label y. {fw} computes z, a, ℒ; then {bw} the derivatives of ℒ.</source>
        <translation>給定 x₁、x₂，參數 w₁、w₂、b 和標籤 y。{fw} 計算 z、a、ℒ；接著 {bw} 計算 ℒ 的導數。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="273"/>
        <source>{loss} with y = {y}</source>
        <translation>y = {y} 時為 {loss}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="286"/>
        <source>the check by finite differences comes after the backward pass</source>
        <translation>反向傳播之後再用有限差分驗算</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="291"/>
        <source>check: (ℒ(w + ε) − ℒ(w − ε)) / 2ε with ε = 10&lt;sup&gt;−5&lt;/sup&gt; gives {} for w₁, w₂, b</source>
        <translation>驗算：取 ε = 10&lt;sup&gt;−5&lt;/sup&gt;，(ℒ(w + ε) − ℒ(w − ε)) / 2ε 對 w₁、w₂、b 得到 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/logistic_graph.py" line="294"/>
        <source>✗ differs from dw₁, dw₂, db</source>
        <translation>✗ 與 dw₁、dw₂、db 不同</translation>
    </message>
</context>
<context>
    <name>lecture/loss_intuition</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="64"/>
        <source>ℒ(ŷ, y) of one example</source>
        <translation>單一樣本的 ℒ(ŷ, y)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="87"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="95"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="195"/>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="95"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="197"/>
        <source>squared error</source>
        <translation>平方誤差</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="118"/>
        <source>right plot:</source>
        <translation>右圖：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="149"/>
        <source>ŷ = {}: both cost log 2 = {}, ŷ cannot tell the classes apart</source>
        <translation>ŷ = {}：兩者的損失都是 log 2 = {}，ŷ 分不出兩個類別</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="153"/>
        <source>ŷ = {p} is large: cheap if y = {cheap}, {ratio}× dearer if y = {dear}</source>
        <translation>ŷ = {p} 很大：y = {cheap} 時損失小，y = {dear} 時損失是它的 {ratio} 倍</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="154"/>
        <source>ŷ = {p} is small: cheap if y = {cheap}, {ratio}× dearer if y = {dear}</source>
        <translation>ŷ = {p} 很小：y = {cheap} 時損失小，y = {dear} 時損失是它的 {ratio} 倍</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="159"/>
        <source>need large ŷ</source>
        <translation>需要大的 ŷ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="161"/>
        <source>need small ŷ</source>
        <translation>需要小的 ŷ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="170"/>
        <source>the same example (y = {}) against z</source>
        <translation>同一個樣本 (y = {}) 對 z 作圖</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="187"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="189"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="191"/>
        <source>, bends down (thick) for {}</source>
        <translation>，在 {} 時向下彎（粗線）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="193"/>
        <source>convex ✓</source>
        <translation>凸函數 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="193"/>
        <source>not convex ✗</source>
        <translation>非凸函數 ✗</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="195"/>
        <source>right: </source>
        <translation>右圖：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/loss_intuition.py" line="199"/>
        <source> — so logistic regression does not use squared error</source>
        <translation> — 所以邏輯斯迴歸不用平方誤差</translation>
    </message>
</context>
<context>
    <name>lecture/matrix_dimensions</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="49"/>
        <source>One example, layer 1:</source>
        <translation>一個樣本，第 1 層：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="52"/>
        <source>{W} is {shape}</source>
        <translation>{W} 是 {shape}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="66"/>
        <source>layer&lt;br&gt;l</source>
        <extracomment>the table&apos;s columns: (header, the shape rule, the row keys shown in the column)</extracomment>
        <translation>層&lt;br&gt;l</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="69"/>
        <source>b&lt;sup&gt;[l]&lt;/sup&gt; in&lt;br&gt;WA + b</source>
        <translation>WA + b 中的&lt;br&gt;b&lt;sup&gt;[l]&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="78"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="80"/>
        <source>show W[1]</source>
        <translation>顯示 W[1]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="79"/>
        <source>hide W[1]</source>
        <translation>隱藏 W[1]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="105"/>
        <source>{b} and {db} are stored as {column}; in {Z} NumPy adds {bl} to each of the m columns: the {wide} of the chapter&apos;s table.</source>
        <translation>{b} 和 {db} 存成 {column}；在 {Z} 中，NumPy 把 {bl} 加到 m 行的每一行：就是講義表格中的 {wide}。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/matrix_dimensions.py" line="164"/>
        <source>shapes read from the engine&apos;s arrays after a forward and backward pass on m = {} examples</source>
        <translation>形狀讀自引擎在 m = {} 個樣本上做完一次前向與反向傳播後的陣列</translation>
    </message>
</context>
<context>
    <name>lecture/neuron</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="47"/>
        <source>inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="50"/>
        <source>weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="53"/>
        <source>threshold θ</source>
        <translation>閾值 θ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="61"/>
        <source>make it compute:</source>
        <translation>讓它計算：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="74"/>
        <source>the line w₁x₁ + w₂x₂ = θ</source>
        <translation>直線 w₁x₁ + w₂x₂ = θ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="113"/>
        <source>output y = {}</source>
        <translation>輸出 y = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="126"/>
        <source>computes {} ✓</source>
        <translation>計算出 {} ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="127"/>
        <source>{}/4 rows match {}</source>
        <translation>{}/4 列符合 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/neuron.py" line="128"/>
        <source> — no line separates XOR!</source>
        <translation> — 沒有任何直線能分開 XOR！</translation>
    </message>
</context>
<context>
    <name>lecture/numpy_guide</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="128"/>
        <source>time both again</source>
        <translation>兩者再計時一次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="131"/>
        <source>np.exp: best of {} · timed in the worker, the window stays responsive</source>
        <translation>np.exp：{} 次中最快的一次 · 在背景執行緒計時，視窗仍可操作</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="152"/>
        <source>log of a negative number is NaN</source>
        <translation>負數的 log 是 NaN</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="154"/>
        <source>log 0 = −∞ and 1/0 = ∞</source>
        <translation>log 0 = −∞，1/0 = ∞</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="155"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="155"/>
        <source> — NumPy warns, it does not stop</source>
        <translation> — NumPy 會發出警告，但不會停下來</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="156"/>
        <source>each row: one call on the whole vector, no loop</source>
        <translation>每一列：對整個向量呼叫一次，沒有迴圈</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="159"/>
        <source>loop on this v: u = {}</source>
        <translation>對這個 v 跑迴圈：u = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="163"/>
        <source>timing the loop and np.exp on n = {} numbers …</source>
        <translation>正在以 n = {} 個數計時迴圈和 np.exp …</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="168"/>
        <source>loop: {} % done …</source>
        <translation>迴圈：已完成 {} % …</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="172"/>
        <source>loop &lt;b&gt;{}&lt;/b&gt;</source>
        <translation>迴圈 &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="173"/>
        <source>≈ {}× faster</source>
        <translation>快約 {} 倍</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="174"/>
        <source> ✓ same numbers</source>
        <translation> ✓ 數值相同</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/numpy_guide.py" line="174"/>
        <source> numbers differ ✗</source>
        <translation> 數值不同 ✗</translation>
    </message>
</context>
<context>
    <name>lecture/perceptron_code</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="41"/>
        <source>Perceptron</source>
        <translation>感知器</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="42"/>
        <source>Iterations</source>
        <translation>迭代次數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="42"/>
        <source>Misclassifications</source>
        <translation>誤分類數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/perceptron_code.py" line="60"/>
        <source>… printed when train() has finished</source>
        <translation>… train() 完成後才會印出</translation>
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
        <translation>▶ 開始</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="200"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="280"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="203"/>
        <source>Reveal (R)</source>
        <translation>揭曉 (R)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="205"/>
        <source>↺ Ask again</source>
        <translation>↺ 再問一次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="212"/>
        <source>class&apos;s answer</source>
        <translation>全班的答案</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="215"/>
        <source>Check</source>
        <translation>批改</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="378"/>
        <source>Type the class&apos;s answer first.</source>
        <translation>請先輸入全班的答案。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="397"/>
        <source>✓ “{}” is right. {}</source>
        <translation>✓ “{}” 正確。{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question.py" line="400"/>
        <source>✗ “{}” is not it: the answer is {}. {}</source>
        <translation>✗ “{}” 不對：答案是 {}。{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="48"/>
        <source>sepal length</source>
        <translation>花萼長度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="49"/>
        <source>petal length</source>
        <translation>花瓣長度</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="142"/>
        <source>W[{}] {}, the shape of dW[{}]</source>
        <translation>W[{}] {}，也就是 dW[{}] 的形狀</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="153"/>
        <source>SSE per epoch (log scale)</source>
        <translation>每個 epoch 的 SSE（對數刻度）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="181"/>
        <source>cost J while training (log scale)</source>
        <translation>訓練時的成本 J（對數刻度）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/question_views.py" line="182"/>
        <source>cross-entropy J</source>
        <translation>交叉熵 J</translation>
    </message>
</context>
<context>
    <name>lecture/rates</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="67"/>
        <source>each step overshoots further: diverges</source>
        <translation>每一步都越過得更遠：發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="69"/>
        <source>bounces between ±w for ever: never converges</source>
        <translation>永遠在 ±w 之間來回跳：永不收斂</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="71"/>
        <source>overshoots the minimum, zig-zags back</source>
        <translation>越過最小值，再鋸齒狀地折返</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="73"/>
        <source>tiny steps: many iterations to converge</source>
        <translation>步伐太小：要很多次迭代才會收斂</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="74"/>
        <source>heads straight for the minimum</source>
        <translation>直接朝最小值前進</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="158"/>
        <source>left α</source>
        <translation>左 α</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="158"/>
        <source>right α</source>
        <translation>右 α</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="159"/>
        <source>raw Iris (X in cm)</source>
        <translation>原始 Iris（X 以 cm 為單位）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="165"/>
        <source>one weight: J(w) = w², w := w − α·dJ/dw</source>
        <translation>單一權重：J(w) = w²，w := w − α·dJ/dw</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="178"/>
        <source>α for the 1-D picture</source>
        <translation>一維示意圖的 α</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="182"/>
        <source>too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="182"/>
        <source>good</source>
        <translation>適中</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="183"/>
        <source>overshoot</source>
        <translation>越過</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="183"/>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="208"/>
        <source>Adaline — learning rate {}</source>
        <translation>Adaline — 學習率 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="212"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="213"/>
        <source>overflow</source>
        <translation>溢位</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="217"/>
        <source>{what}: {reason}, &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>{what}：{reason}，&lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="235"/>
        <source>α = {}: {}</source>
        <translation>α = {}：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="236"/>
        <source>w after {} steps: {}</source>
        <translation>{} 步之後的 w：{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="244"/>
        <source>Standardised</source>
        <translation>標準化的</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="245"/>
        <source>Raw</source>
        <translation>原始的</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="256"/>
        <source>Adaline — gradient descent</source>
        <translation>Adaline — 梯度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="284"/>
        <source>features: standardised ✓</source>
        <translation>特徵：已標準化 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="284"/>
        <source>features: raw (cm)</source>
        <translation>特徵：原始值 (cm)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="299"/>
        <source>: not applied</source>
        <translation>：未套用</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="340"/>
        <source>SSE after each epoch</source>
        <translation>每個 epoch 後的 SSE</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="340"/>
        <source>epochs completed</source>
        <translation>已完成的 epoch 數</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="345"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="395"/>
        <source>stochastic</source>
        <translation>隨機</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="347"/>
        <source>mini-batch</source>
        <translation>小批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="348"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="394"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="361"/>
        <source>shuffle</source>
        <translation>打亂順序</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="364"/>
        <source>new order</source>
        <translation>新的順序</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="369"/>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="390"/>
        <source>{code} ends at {cost}, the SSE before its last step (after {epochs} epochs).</source>
        <translation>{code} 最後是 {cost}，這是最後一步更新之前（{epochs} 個 epoch 之後）的 SSE。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="394"/>
        <source>mini-batch of {}</source>
        <translation>{} 個樣本的小批次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="398"/>
        <source>{}: {} updates / epoch</source>
        <translation>{}：每個 epoch 更新 {} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="399"/>
        <source>{}: {} update / epoch</source>
        <translation>{}：每個 epoch 更新 {} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/rates.py" line="421"/>
        <source>SSE after {} epochs</source>
        <translation>{} 個 epoch 後的 SSE</translation>
    </message>
</context>
<context>
    <name>lecture/scaling_code</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="51"/>
        <source>X[:,0] sepal</source>
        <translation>X[:,0] 花萼</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="51"/>
        <source>X[:,1] petal</source>
        <translation>X[:,1] 花瓣</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="52"/>
        <source>X_std (dashed: ±1)</source>
        <translation>X_std（虛線：±1）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="59"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="80"/>
        <source>Run next line ▶</source>
        <translation>執行下一行 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="80"/>
        <source>↺ from the top</source>
        <translation>↺ 從頭開始</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="104"/>
        <source>Nothing run yet: X_std does not exist. Press Run next line ▶.</source>
        <translation>還沒有執行任何一行：X_std 還不存在。請按「執行下一行 ▶」。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="106"/>
        <source>X_std is a copy of X: still in cm.</source>
        <translation>X_std 是 X 的複本：單位仍然是 cm。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="114"/>
        <source>X_std: mean {}, standard deviation {} in both columns</source>
        <translation>X_std：兩個欄位的平均值都是 {}，標準差都是 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="115"/>
        <source>0 (up to rounding)</source>
        <translation>0（捨入誤差內）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="115"/>
        <source>not 0</source>
        <translation>不是 0</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="116"/>
        <source>not 1</source>
        <translation>不是 1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/scaling_code.py" line="118"/>
        <source>column 1 is still in cm</source>
        <translation>第 1 欄仍然以 cm 為單位</translation>
    </message>
</context>
<context>
    <name>lecture/shallow</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow.py" line="155"/>
        <source>all m = {} examples at once: no for loop</source>
        <translation>一次處理全部 m = {} 個樣本：沒有 for 迴圈</translation>
    </message>
</context>
<context>
    <name>lecture/shallow_units</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="117"/>
        <source>for i = 1 … 4</source>
        <translation>i = 1 … 4</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="141"/>
        <source>for i = 1 to m:</source>
        <translation>對 i = 1 到 m：</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="167"/>
        <source>one example x</source>
        <translation>一個樣本 x</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="168"/>
        <source>m examples X</source>
        <translation>m 個樣本 X</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="226"/>
        <source>row i of W&lt;sup&gt;[1]&lt;/sup&gt; is w&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;[1]T&lt;/sup&gt;: the 4 unit equations are one product</source>
        <translation>W&lt;sup&gt;[1]&lt;/sup&gt; 的第 i 列就是 w&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;[1]T&lt;/sup&gt;：4 個單元的方程式就是一個矩陣乘積</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="227"/>
        <source>— same z&lt;sup&gt;[1]&lt;/sup&gt; ✓</source>
        <translation>— z&lt;sup&gt;[1]&lt;/sup&gt; 相同 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="228"/>
        <source>the unit equations and W&lt;sup&gt;[1]&lt;/sup&gt;x + b&lt;sup&gt;[1]&lt;/sup&gt; differ ✗</source>
        <translation>單元方程式和 W&lt;sup&gt;[1]&lt;/sup&gt;x + b&lt;sup&gt;[1]&lt;/sup&gt; 不同 ✗</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="229"/>
        <source>; then {}</source>
        <translation>；接著 {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="247"/>
        <source>loop, one x&lt;sup&gt;(i)&lt;/sup&gt; at a time: a&lt;sup&gt;[2](i)&lt;/sup&gt; = {}</source>
        <translation>迴圈，一次一個 x&lt;sup&gt;(i)&lt;/sup&gt;：a&lt;sup&gt;[2](i)&lt;/sup&gt; = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="249"/>
        <source>= the {} columns of A&lt;sup&gt;[2]&lt;/sup&gt; ✓</source>
        <translation>= A&lt;sup&gt;[2]&lt;/sup&gt; 的 {} 行 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/shallow_units.py" line="251"/>
        <source> — {} matrix products instead of {}</source>
        <translation> — 只要 {} 次矩陣乘積，而不是 {} 次</translation>
    </message>
</context>
<context>
    <name>lecture/single_neuron</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="73"/>
        <source>diverges</source>
        <extracomment>a run &quot;converges&quot; once its SSE is within this share above the least-squares minimum the verdicts of :func:`cost_verdict` (keys the scenes compare), as shown</extracomment>
        <translation>發散</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="74"/>
        <source>converges</source>
        <translation>收斂</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="75"/>
        <source>crawls</source>
        <translation>進展緩慢</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="101"/>
        <source>grows</source>
        <translation>不斷變大</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="104"/>
        <source>within {} % of its minimum {}</source>
        <translation>離最小值 {1} 只差 {0} %</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="105"/>
        <source>{}× its minimum {}</source>
        <translation>是最小值 {1} 的 {0} 倍</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="112"/>
        <source>w = 0: SSE = &lt;b&gt;{}&lt;/b&gt;, {}/{} correct</source>
        <translation>w = 0：SSE = &lt;b&gt;{}&lt;/b&gt;，{}/{} 正確</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="113"/>
        <source>epoch {}: cost_ = &lt;b&gt;{}&lt;/b&gt; (SSE before its step)</source>
        <translation>第 {} 個 epoch：cost_ = &lt;b&gt;{}&lt;/b&gt;（更新前的 SSE）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/single_neuron.py" line="114"/>
        <source>after the step: SSE = &lt;b&gt;{}&lt;/b&gt;, {}/{} correct</source>
        <translation>更新後：SSE = &lt;b&gt;{}&lt;/b&gt;，{}/{} 正確</translation>
    </message>
</context>
<context>
    <name>lecture/summary</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="28"/>
        <source>the slide prints dW[L] = (1/m) dZ[L] A[L]ᵀ; it must be A[L−1]ᵀ (here A[{}]ᵀ)</source>
        <translation>投影片印的是 dW[L] = (1/m) dZ[L] A[L]ᵀ；應該是 A[L−1]ᵀ（這裡是 A[{}]ᵀ）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="30"/>
        <source>the slide prints dW[1] = (1/m) dZ[1] A[1]ᵀ; it must be A[0]ᵀ = Xᵀ</source>
        <translation>投影片印的是 dW[1] = (1/m) dZ[1] A[1]ᵀ；應該是 A[0]ᵀ = Xᵀ</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="32"/>
        <source>the slide prints dZ[L−1] = dW[L]ᵀ dZ[L] …; it must be W[L]ᵀ (here W[{}]ᵀ)</source>
        <translation>投影片印的是 dZ[L−1] = dW[L]ᵀ dZ[L] …；應該是 W[L]ᵀ（這裡是 W[{}]ᵀ）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="34"/>
        <source>the slide prints dZ[1] = dW[L]ᵀ dZ[2] …; it must be W[2]ᵀ dZ[2]</source>
        <translation>投影片印的是 dZ[1] = dW[L]ᵀ dZ[2] …；應該是 W[2]ᵀ dZ[2]</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="127"/>
        <source>Backward propagation (corrected ✎)</source>
        <translation>反向傳播（已更正 ✎）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="150"/>
        <source>network {}, m = {}</source>
        <translation>網路 {}，m = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/summary.py" line="153"/>
        <source>✎ corrected: {}</source>
        <translation>✎ 已更正：{}</translation>
    </message>
</context>
<context>
    <name>lecture/vectorize</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="71"/>
        <source>time on this machine</source>
        <translation>在這台電腦上的時間</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="71"/>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="82"/>
        <source>for loop</source>
        <translation>for 迴圈</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="89"/>
        <source>run again</source>
        <translation>再跑一次</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="91"/>
        <source>timed live, in a worker thread: the window stays responsive</source>
        <translation>在背景執行緒中即時計時：視窗仍可操作</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="99"/>
        <source>timing n = {} …</source>
        <translation>正在計時 n = {} …</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="110"/>
        <source>np.dot: &lt;b&gt;{} ms&lt;/b&gt; (best of {})</source>
        <translation>np.dot：&lt;b&gt;{} ms&lt;/b&gt;（{} 次中最快的一次）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="112"/>
        <source>for loop: {} % done …</source>
        <translation>for 迴圈：已完成 {} % …</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="115"/>
        <source>same c ✓</source>
        <translation>c 相同 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="116"/>
        <source>c differs ✗</source>
        <translation>c 不同 ✗</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="117"/>
        <source>for loop: &lt;b&gt;{} ms&lt;/b&gt;, {}</source>
        <translation>for 迴圈：&lt;b&gt;{} ms&lt;/b&gt;，{}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="119"/>
        <source>vectorised ≈ {}× faster</source>
        <translation>向量化版本快約 {} 倍</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="178"/>
        <source>for loop over m examples</source>
        <translation>對 m 個樣本的 for 迴圈</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="179"/>
        <source>vectorised: no loop</source>
        <translation>向量化：沒有迴圈</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="195"/>
        <source>m = 100 (Iris)</source>
        <translation>m = 100 (Iris)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="199"/>
        <source>the 100 Iris flowers repeated to make m larger; X is (n_x, m)</source>
        <translation>把 100 朵 Iris 花重複多次以加大 m；X 的形狀是 (n_x, m)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="218"/>
        <source>time: &lt;b&gt;{} ms&lt;/b&gt;</source>
        <translation>時間：&lt;b&gt;{} ms&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="222"/>
        <source>the same J, dw, db</source>
        <translation>相同的 J、dw、db</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="223"/>
        <source>the numbers differ!</source>
        <translation>數值不一樣！</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="225"/>
        <source>Both give {}; vectorised ≈ {}× faster.</source>
        <translation>兩者得到{}；向量化版本快約 {} 倍。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="287"/>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="316"/>
        <source>fix the bug: Y = Y.reshape(1, m)</source>
        <translation>修正錯誤：Y = Y.reshape(1, m)</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="306"/>
        <source>{}: a number ✗</source>
        <translation>{}：只是一個數 ✗</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="308"/>
        <source>{} matrix ✓</source>
        <translation>{} 矩陣 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="315"/>
        <source>bug fixed ✓ (click to undo)</source>
        <translation>錯誤已修正 ✓（再按一次復原）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="324"/>
        <source>rank 1</source>
        <translation>秩 1 陣列</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="326"/>
        <source>.T did nothing</source>
        <translation>.T 沒有作用</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="333"/>
        <source>dZ has shape {dz}: one dz = a − y per example ✓, and dw has the shape of w, {w} ✓. Use (n, 1) or (1, n); assert a.shape == ({n}, 1).</source>
        <translation>dZ 的形狀是 {dz}：每個樣本一個 dz = a − y ✓，而且 dw 和 w 的形狀相同，都是 {w} ✓。請使用 (n, 1) 或 (1, n)，並檢查 a.shape == ({n}, 1)。</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="338"/>
        <source>(A − Y)ᵀ = Aᵀ − Yᵀ on paper, but Y.T of a rank-1 Y is Y: A.T {at} − Y {y} broadcast silently to &lt;b&gt;{dz}&lt;/b&gt;: {size} numbers a⁽ʲ⁾ − y⁽ⁱ⁾</source>
        <translation>紙上 (A − Y)ᵀ = Aᵀ − Yᵀ，但秩 1 陣列 Y 的 Y.T 就是 Y：A.T {at} − Y {y} 悄悄地廣播成 &lt;b&gt;{dz}&lt;/b&gt;：{size} 個 a⁽ʲ⁾ − y⁽ⁱ⁾</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="342"/>
        <source>, only the diagonal is A − Y</source>
        <translation>，只有對角線才是 A − Y</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/vectorize.py" line="342"/>
        <source>; no error raised.</source>
        <translation>；而且不會出現任何錯誤訊息。</translation>
    </message>
</context>
<context>
    <name>lecture/why_deep</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="158"/>
        <source>n-bit parity</source>
        <translation>n 位元同位檢查</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="158"/>
        <source>bits n</source>
        <translation>位元數 n</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="159"/>
        <source>count (log scale)</source>
        <translation>數量（對數刻度）</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="163"/>
        <source>XOR gates: n − 1</source>
        <translation>XOR 閘：n − 1</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="164"/>
        <source>1 layer: 2ⁿ⁻¹ units</source>
        <translation>單層：2ⁿ⁻¹ 個單元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="172"/>
        <source>both networks are built by hand and checked by the engine on every pattern</source>
        <translation>兩個網路都是手工建構，並由引擎逐一檢查每一種輸入組合</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="174"/>
        <source>bits n =</source>
        <translation>位元數 n =</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="196"/>
        <source>{} units</source>
        <translation>{} 個單元</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="196"/>
        <source>hidden</source>
        <translation>隱藏層</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="198"/>
        <source>&lt;b style=&apos;color:{color}&apos;&gt;deep: a tree of XOR gates&lt;/b&gt; — {n} − 1 = {gates} XOR gates in ⌈log&lt;sub&gt;2&lt;/sub&gt; {n}⌉ = {layers} layers; as ReLUs {dims} (2 per gate), correct on &lt;b&gt;{accuracy}&lt;/b&gt; of the {patterns} patterns</source>
        <translation>&lt;b style=&apos;color:{color}&apos;&gt;深層：XOR 閘組成的樹&lt;/b&gt; — {n} − 1 = {gates} 個 XOR 閘，分成 ⌈log&lt;sub&gt;2&lt;/sub&gt; {n}⌉ = {layers} 層；以 ReLU 實作為 {dims}（每個閘 2 個），在 {patterns} 種輸入組合中答對 &lt;b&gt;{accuracy}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="204"/>
        <source>&lt;b style=&apos;color:{color}&apos;&gt;one hidden layer&lt;/b&gt; — enumerate the 2&lt;sup&gt;{n}&lt;/sup&gt; = {patterns} patterns: 2&lt;sup&gt;{n}−1&lt;/sup&gt; = {units} units, one per odd pattern; {dims} is correct on &lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:{color}&apos;&gt;單一隱藏層&lt;/b&gt; — 列舉全部 2&lt;sup&gt;{n}&lt;/sup&gt; = {patterns} 種輸入組合：2&lt;sup&gt;{n}−1&lt;/sup&gt; = {units} 個單元，每個含奇數個 1 的組合一個；{dims} 答對 &lt;b&gt;{accuracy}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_deep.py" line="209"/>
        <source>n = {n}: {gates} gates in {layers} layers vs {units} units in one layer</source>
        <translation>n = {n}：{layers} 層共 {gates} 個閘，對比單層 {units} 個單元</translation>
    </message>
</context>
<context>
    <name>lecture/why_nonlinear</name>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="27"/>
        <source>✓ solves XOR</source>
        <translation>✓ 解出 XOR</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="29"/>
        <source>✗ stuck: XOR not solved</source>
        <translation>✗ 卡住了：解不出 XOR</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="30"/>
        <source>… still learning</source>
        <translation>… 還在學習</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="51"/>
        <source>hidden g = {}</source>
        <translation>隱藏層 g = {}</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="83"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;, epoch {epoch}: J = {J}, accuracy&amp;nbsp;&lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;，epoch {epoch}：J = {J}，準確率&amp;nbsp;&lt;b&gt;{accuracy}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_nn/ui/lecture/scenes/why_nonlinear.py" line="95"/>
        <source>linear: {formula}: &lt;b&gt;one straight line&lt;/b&gt;, right on {share} of the points. ALL LINEAR!</source>
        <translation>線性：{formula}：&lt;b&gt;只是一條直線&lt;/b&gt;，只有 {share} 的點分對。全部都是線性！（投影片：「ALL LINEAR!!!」）</translation>
    </message>
</context>
</TS>
