#pragma once

#include "applyjournal.h"

#include <QString>
#include <optional>

// Where an apply's journal lives: one file in a folder the caller owns (a
// context's data folder), so contexts never see each other's applies. It is
// replaced atomically (QSaveFile) on every write: a crash leaves the last
// whole journal, never half of one.
namespace core {

class JournalFile
{
public:
    explicit JournalFile(QString directory);

    QString directory() const { return m_directory; }
    QString path() const; // DIRECTORY/apply-journal.json

    bool exists() const;
    // nullopt with the reason when there is no journal or it does not read.
    std::optional<ApplyJournal> load(QString* error = nullptr) const;
    // Creates the folder when needed.
    bool save(const ApplyJournal& journal, QString* error = nullptr) const;
    // Gone afterwards (true when there was none).
    bool remove(QString* error = nullptr) const;

private:
    QString m_directory;
};

} // namespace core
