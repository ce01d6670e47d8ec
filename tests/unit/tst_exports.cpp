// The Terraform and doctl exports, as exact text for known pools: what a user
// pastes into a .tf file or a terminal must be right to the character.
#include "core/doctlexport.h"
#include "core/terraformexport.h"

#include <QTest>

using namespace core;

namespace {

const QString ClusterId = QStringLiteral("8d9a1c3e-5b7f-4e21-9a0c-3f2d1e6b7a90");

NodePoolSpec fixedPool()
{
    NodePoolSpec spec;
    spec.name = QStringLiteral("web");
    spec.size = QStringLiteral("s-4vcpu-8gb");
    spec.count = 3;
    return spec;
}

NodePoolSpec autoscaledGpuPool()
{
    NodePoolSpec spec;
    spec.name = QStringLiteral("gpu-workers");
    spec.size = QStringLiteral("gpu-h100x1-80gb");
    spec.count = 1;
    spec.autoScale = true;
    spec.minNodes = 0;
    spec.maxNodes = 4;
    spec.labels = {{QStringLiteral("hardware"), QStringLiteral("gpu")},
                   {QStringLiteral("nvidia.com/gpu.product"), QStringLiteral("H100")}};
    spec.taints = {
        {QStringLiteral("nvidia.com/gpu"), QStringLiteral("true"), QStringLiteral("NoSchedule")},
        {QStringLiteral("dedicated"), QString(), QStringLiteral("NoExecute")}};
    spec.tags = {QStringLiteral("team:ml"), QStringLiteral("env:prod")};
    return spec;
}

// Nothing here passes validation; the exports must still write what they are
// given in a form the other tool reads back unchanged.
NodePoolSpec awkwardPool()
{
    NodePoolSpec spec;
    spec.name = QStringLiteral("it's a \"pool\"");
    spec.size = QStringLiteral("s-1vcpu-2gb");
    spec.count = 2;
    spec.labels = {{QStringLiteral("note"), QStringLiteral("costs $5 ${var.x} %{if} \\o/")},
                   {QStringLiteral("null"), QStringLiteral("a b")}};
    spec.taints = {
        {QStringLiteral("team"), QStringLiteral("say \"hi\""), QStringLiteral("NoSchedule")}};
    spec.tags = {QStringLiteral("team:ml"), QStringLiteral("$HOME")};
    return spec;
}

} // namespace

class ExportsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terraformWritesAFixedCountPool()
    {
        QCOMPARE(terraform::nodePoolResource(fixedPool(), ClusterId, QStringLiteral("prod-nyc1")),
                 QStringLiteral("# cluster: prod-nyc1\n"
                                "resource \"digitalocean_kubernetes_node_pool\" \"web\" {\n"
                                "  cluster_id = \"8d9a1c3e-5b7f-4e21-9a0c-3f2d1e6b7a90\"\n"
                                "  name       = \"web\"\n"
                                "  size       = \"s-4vcpu-8gb\"\n"
                                "  node_count = 3\n"
                                "}\n"));
    }

    void terraformWritesAnAutoscaledPoolWithoutNodeCount()
    {
        QCOMPARE(terraform::nodePoolResource(autoscaledGpuPool(), ClusterId),
                 QStringLiteral("resource \"digitalocean_kubernetes_node_pool\" \"gpu-workers\" {\n"
                                "  cluster_id = \"8d9a1c3e-5b7f-4e21-9a0c-3f2d1e6b7a90\"\n"
                                "  name       = \"gpu-workers\"\n"
                                "  size       = \"gpu-h100x1-80gb\"\n"
                                "  auto_scale = true\n"
                                "  min_nodes  = 0\n"
                                "  max_nodes  = 4\n"
                                "  tags       = [\"team:ml\", \"env:prod\"]\n"
                                "\n"
                                "  labels = {\n"
                                "    hardware                 = \"gpu\"\n"
                                "    \"nvidia.com/gpu.product\" = \"H100\"\n"
                                "  }\n"
                                "\n"
                                "  taint {\n"
                                "    key    = \"nvidia.com/gpu\"\n"
                                "    value  = \"true\"\n"
                                "    effect = \"NoSchedule\"\n"
                                "  }\n"
                                "\n"
                                "  taint {\n"
                                "    key    = \"dedicated\"\n"
                                "    value  = \"\"\n"
                                "    effect = \"NoExecute\"\n"
                                "  }\n"
                                "}\n"));
    }

    void terraformEscapesStringsAndTemplates()
    {
        QCOMPARE(
            terraform::nodePoolResource(awkwardPool(), ClusterId, QStringLiteral("lab\ncluster")),
            QStringLiteral("# cluster: lab cluster\n"
                           "resource \"digitalocean_kubernetes_node_pool\" \"it_s_a__pool_\" {\n"
                           "  cluster_id = \"8d9a1c3e-5b7f-4e21-9a0c-3f2d1e6b7a90\"\n"
                           "  name       = \"it's a \\\"pool\\\"\"\n"
                           "  size       = \"s-1vcpu-2gb\"\n"
                           "  node_count = 2\n"
                           "  tags       = [\"team:ml\", \"$HOME\"]\n"
                           "\n"
                           "  labels = {\n"
                           "    note   = \"costs $5 $${var.x} %%{if} \\\\o/\"\n"
                           "    \"null\" = \"a b\"\n"
                           "  }\n"
                           "\n"
                           "  taint {\n"
                           "    key    = \"team\"\n"
                           "    value  = \"say \\\"hi\\\"\"\n"
                           "    effect = \"NoSchedule\"\n"
                           "  }\n"
                           "}\n"));
    }

    void terraformQuotesEveryKindOfCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("dollar alone") << QStringLiteral("$a $") << QStringLiteral("\"$a $\"");
        QTest::newRow("interpolation") << QStringLiteral("${x}") << QStringLiteral("\"$${x}\"");
        QTest::newRow("escaped already") << QStringLiteral("$${x}") << QStringLiteral("\"$$${x}\"");
        QTest::newRow("directive") << QStringLiteral("%{x}") << QStringLiteral("\"%%{x}\"");
        QTest::newRow("controls") << QStringLiteral("a\tb\r\nc\x01")
                                  << QStringLiteral("\"a\\tb\\r\\nc\\u0001\"");
        QTest::newRow("unicode") << QStringLiteral("café") << QStringLiteral("\"café\"");
    }
    void terraformQuotesEveryKindOfCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(terraform::quoted(text), expected);
    }

    void terraformNamesAreIdentifiers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dns label")
            << QStringLiteral("gpu-workers") << QStringLiteral("gpu-workers");
        QTest::newRow("leading digit") << QStringLiteral("1st") << QStringLiteral("pool_1st");
        QTest::newRow("leading dash") << QStringLiteral("-x") << QStringLiteral("pool_-x");
        QTest::newRow("dots") << QStringLiteral("a.b c") << QStringLiteral("a_b_c");
        QTest::newRow("empty") << QString() << QStringLiteral("pool");
        QTest::newRow("non-ascii") << QStringLiteral("été") << QStringLiteral("_t_");
    }
    void terraformNamesAreIdentifiers()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(terraform::identifier(name), expected);
    }

    void terraformLeavesOutTagsOthersOwn()
    {
        NodePoolSpec spec = fixedPool();
        spec.tags = {QStringLiteral("k8s"),
                     QStringLiteral("team:web"),
                     QStringLiteral("k8s:worker"),
                     QStringLiteral("k8s-worker"),
                     QStringLiteral("k8s:") + ClusterId,
                     QStringLiteral("terraform:default-node-pool")};
        QCOMPARE(terraform::nodePoolResource(spec, ClusterId),
                 QStringLiteral("# tag terraform:default-node-pool left out: the provider keeps "
                                "terraform: tags out of its state\n"
                                "resource \"digitalocean_kubernetes_node_pool\" \"web\" {\n"
                                "  cluster_id = \"8d9a1c3e-5b7f-4e21-9a0c-3f2d1e6b7a90\"\n"
                                "  name       = \"web\"\n"
                                "  size       = \"s-4vcpu-8gb\"\n"
                                "  node_count = 3\n"
                                "  tags       = [\"team:web\"]\n"
                                "}\n"));
    }

    void doctlWritesAFixedCountPool()
    {
        QCOMPARE(doctl::createCommand(fixedPool(), QStringLiteral("prod-nyc1")),
                 QStringLiteral("doctl kubernetes cluster node-pool create prod-nyc1 \\\n"
                                "  --name web \\\n"
                                "  --size s-4vcpu-8gb \\\n"
                                "  --count 3\n"));
    }

    void doctlWritesAnAutoscaledPoolWithEverything()
    {
        QCOMPARE(doctl::createCommand(autoscaledGpuPool(), ClusterId),
                 QStringLiteral("doctl kubernetes cluster node-pool create "
                                "8d9a1c3e-5b7f-4e21-9a0c-3f2d1e6b7a90 \\\n"
                                "  --name gpu-workers \\\n"
                                "  --size gpu-h100x1-80gb \\\n"
                                "  --count 1 \\\n"
                                "  --auto-scale \\\n"
                                "  --min-nodes 0 \\\n"
                                "  --max-nodes 4 \\\n"
                                "  --tag team:ml \\\n"
                                "  --tag env:prod \\\n"
                                "  --label hardware=gpu \\\n"
                                "  --label nvidia.com/gpu.product=H100 \\\n"
                                "  --taint nvidia.com/gpu=true:NoSchedule \\\n"
                                "  --taint dedicated:NoExecute\n"));
    }

    void doctlQuotesForTheShellAndForCsv()
    {
        QCOMPARE(doctl::createCommand(awkwardPool(), QStringLiteral("lab cluster")),
                 QStringLiteral("doctl kubernetes cluster node-pool create 'lab cluster' \\\n"
                                "  --name 'it'\\''s a \"pool\"' \\\n"
                                "  --size s-1vcpu-2gb \\\n"
                                "  --count 2 \\\n"
                                "  --tag team:ml \\\n"
                                "  --tag '$HOME' \\\n"
                                "  --label 'note=costs $5 ${var.x} %{if} \\o/' \\\n"
                                "  --label 'null=a b' \\\n"
                                "  --taint '\"team=say \"\"hi\"\":NoSchedule\"'\n"));
    }

    void doctlLeavesOutAutomaticTags()
    {
        NodePoolSpec spec = fixedPool();
        spec.tags = {QStringLiteral("k8s"), QStringLiteral("k8s:worker"),
                     QStringLiteral("team:web"), QStringLiteral("k8s:") + ClusterId};
        QCOMPARE(doctl::createCommand(spec, QStringLiteral("prod")),
                 QStringLiteral("doctl kubernetes cluster node-pool create prod \\\n"
                                "  --name web \\\n"
                                "  --size s-4vcpu-8gb \\\n"
                                "  --count 3 \\\n"
                                "  --tag team:web\n"));
    }

    void shellQuotingLeavesSafeWordsAlone_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("slug") << QStringLiteral("s-2vcpu-4gb") << QStringLiteral("s-2vcpu-4gb");
        QTest::newRow("tag") << QStringLiteral("team:ml") << QStringLiteral("team:ml");
        QTest::newRow("label") << QStringLiteral("a.b/c=d_e") << QStringLiteral("a.b/c=d_e");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("tilde") << QStringLiteral("~x") << QStringLiteral("'~x'");
        QTest::newRow("hash") << QStringLiteral("#x") << QStringLiteral("'#x'");
        QTest::newRow("leading equals") << QStringLiteral("=x") << QStringLiteral("'=x'");
        QTest::newRow("glob") << QStringLiteral("a*") << QStringLiteral("'a*'");
        QTest::newRow("backquote") << QStringLiteral("`id`") << QStringLiteral("'`id`'");
        QTest::newRow("quote") << QStringLiteral("'") << QStringLiteral("''\\'''");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
    }
    void shellQuotingLeavesSafeWordsAlone()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(doctl::shellQuoted(word), expected);
    }
};

QTEST_GUILESS_MAIN(ExportsTest)
#include "tst_exports.moc"
