#include "journalfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace core {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(journalfile)
};

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

} // namespace

JournalFile::JournalFile(QString directory) : m_directory(std::move(directory)) {}

QString JournalFile::path() const
{
    return QDir(m_directory).filePath(QStringLiteral("apply-journal.json"));
}

bool JournalFile::exists() const
{
    return QFile::exists(path());
}

std::optional<ApplyJournal> JournalFile::load(QString* error) const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, Tr::tr("cannot read %1: %2").arg(path(), file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        setError(error, Tr::tr("%1 is not JSON: %2").arg(path(), parse.errorString()));
        return std::nullopt;
    }
    QString problem;
    std::optional<ApplyJournal> journal = journalFromJson(document.object(), &problem);
    if (!journal)
        setError(error, Tr::tr("%1: %2").arg(path(), problem));
    return journal;
}

bool JournalFile::save(const ApplyJournal& journal, QString* error) const
{
    if (!QDir().mkpath(m_directory)) {
        setError(error, Tr::tr("cannot create the folder %1").arg(m_directory));
        return false;
    }
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, Tr::tr("cannot write %1: %2").arg(path(), file.errorString()));
        return false;
    }
    file.write(QJsonDocument(journalToJson(journal)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setError(error, Tr::tr("cannot write %1: %2").arg(path(), file.errorString()));
        return false;
    }
    return true;
}

bool JournalFile::remove(QString* error) const
{
    QFile file(path());
    if (!file.exists() || file.remove())
        return true;
    setError(error, Tr::tr("cannot remove %1: %2").arg(path(), file.errorString()));
    return false;
}

} // namespace core
