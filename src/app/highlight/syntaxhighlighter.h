#pragma once

#include "app/manifests/errormarks.h"
#include "app/manifests/errorunderlineitem.h"
#include "highlightbackend.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QQuickTextDocument>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace app {

// Syntax highlighting for a TextEdit or TextArea:
//
//   TextArea { id: view }
//   SyntaxHighlighter {
//       textDocument: view.textDocument
//       language: "yaml"                    // or "terraform"/"hcl", "bash"
//       dark: Colors.dark
//       errorMarks: [{line: 12, column: 15, message: "unknown effect"}]
//   }
//
// Error marks get a red wavy underline from their column to the end of the
// token there, and their line a faint red background. Marking changes only
// formats, never the text: the view's textChanged does not fire.
class SyntaxHighlighter : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(QQuickTextDocument* textDocument READ textDocument WRITE setTextDocument NOTIFY
                   textDocumentChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(QVariantList errorMarks READ errorMarks WRITE setErrorMarks NOTIFY errorMarksChanged)
    // "KSyntaxHighlighting" or "built-in". It follows the language: KDE's
    // definitions are used for the languages they have.
    Q_PROPERTY(QString backendName READ backendName NOTIFY backendNameChanged)

public:
    explicit SyntaxHighlighter(QObject* parent = nullptr);
    ~SyntaxHighlighter() override;

    QQuickTextDocument* textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument* document);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    QVariantList errorMarks() const { return m_errorMarksValue; }
    void setErrorMarks(const QVariantList& marks);
    QString backendName() const;

    // The messages of the marks on a 1-based line, one per line of text, for
    // a tooltip; empty when the line has none.
    Q_INVOKABLE QString errorMessagesAt(int line) const;

    // The item that draws the wavy underlines over the text view, if the
    // document belongs to one.
    ErrorUnderlineItem* underlineItem() const { return m_underlines; }

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void textDocumentChanged();
    void languageChanged();
    void darkChanged();
    void errorMarksChanged();
    void backendNameChanged();

private:
    // A new backend for the language, on the current document.
    void rebuild();
    // The underline item on the current document's view, with the marks'
    // positions in the current text.
    void updateUnderlines();
    QTextDocument* document() const;

    QPointer<QQuickTextDocument> m_textDocument;
    QString m_language = QStringLiteral("yaml");
    bool m_dark = false;
    QVariantList m_errorMarksValue;
    QList<ErrorMark> m_marks;
    std::unique_ptr<HighlightBackend> m_backend;
    QPointer<ErrorUnderlineItem> m_underlines;
    QMetaObject::Connection m_contentsConnection;
    bool m_complete = true; // false between classBegin and componentComplete
};

} // namespace app
