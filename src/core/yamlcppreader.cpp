#include "yamlcppreader.h"

#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace core::yamltree {

namespace {

// Builds what YAML::NodeBuilder would, in a Document: the same node types,
// marks and tags, and an alias is the anchored node itself, not a copy.
class Builder : public YAML::EventHandler
{
public:
    explicit Builder(Document& document) : m_document(document) {}

    void OnDocumentStart(const YAML::Mark& mark) override
    {
        m_document.clear();
        m_anchors.clear();
        // yaml-cpp 0.7 can hand out empty documents forever without moving
        // on (a NUL or stray bytes after a flow collection; fuzz_yamlcpp
        // found it): two documents cannot start at the same place.
        if (m_started && mark.pos == m_lastStart)
            throw YAML::ParserException(mark, "the YAML parser stopped advancing here");
        m_started = true;
        m_lastStart = mark.pos;
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        remember(anchor, m_document.addNull(line(mark), column(mark)));
    }
    void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override
    {
        // The parser has checked that the anchor exists.
        m_document.addAlias(m_anchors.at(anchor));
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override
    {
        remember(anchor, m_document.addScalar(line(mark), column(mark), m_document.keep(value),
                                              tag == "?"));
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        remember(anchor, m_document.open(Node::Type::Sequence, line(mark), column(mark)));
    }
    void OnSequenceEnd() override { m_document.close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        remember(anchor, m_document.open(Node::Type::Map, line(mark), column(mark)));
    }
    void OnMapEnd() override { m_document.close(); }

private:
    static int line(const YAML::Mark& mark) { return mark.is_null() ? 0 : mark.line + 1; }
    static int column(const YAML::Mark& mark) { return mark.is_null() ? 0 : mark.column + 1; }

    // yaml-cpp numbers anchors 1, 2, ... within a document.
    void remember(YAML::anchor_t anchor, std::uint32_t node)
    {
        if (anchor == YAML::NullAnchor)
            return;
        if (m_anchors.size() <= anchor)
            m_anchors.resize(anchor + 1, 0);
        m_anchors[anchor] = node;
    }

    Document& m_document;
    std::vector<std::uint32_t> m_anchors;
    bool m_started = false;
    int m_lastStart = 0;
};

} // namespace

bool readWithYamlCpp(const QByteArray& yaml, Document& scratch,
                     const std::function<void(const Document&)>& document, SyntaxError* error)
{
    std::istringstream stream(std::string(yaml.constData(), std::size_t(yaml.size())));
    try {
        YAML::Parser parser(stream);
        Builder builder(scratch);
        // A backstop for the same loop: every document after the first
        // takes at least a `---` or `...` of the text.
        const qsizetype maxDocuments = yaml.size() / 3 + 2;
        for (qsizetype count = 1; parser.HandleNextDocument(builder); ++count) {
            if (count > maxDocuments)
                throw YAML::ParserException(YAML::Mark::null_mark(),
                                            "the YAML parser stopped advancing");
            document(scratch);
        }
    } catch (const YAML::Exception& e) {
        error->line = e.mark.is_null() ? 0 : e.mark.line + 1;
        error->column = e.mark.is_null() ? 0 : e.mark.column + 1;
        error->message = e.msg;
        return false;
    }
    return true;
}

} // namespace core::yamltree
