#pragma once

#include "notes/OwnCards.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certdeck {

class SqliteConnection;

/// The learner's own cards in progress.db (table own_card, schema version 5). Every change is one
/// transaction.
class OwnCardStore {
    Q_DECLARE_TR_FUNCTIONS(OwnCardStore)

public:
    explicit OwnCardStore(const SqliteConnection& connection) : m_connection(connection) {}

    /// Every own card, oldest first.
    Result<QList<OwnCard>> cards() const;
    /// Stores a new card (its id set when empty) or replaces the card with the same id; returns it as stored.
    Result<OwnCard> save(OwnCard card, const QDateTime& now) const;
    /// Stores `cards` as they are (ids, times), replacing cards with the same ids: a progress import.
    Result<int> saveAll(const QList<OwnCard>& cards) const;
    /// Deletes the card with its schedule and review history; false when there is no such card.
    Result<bool> remove(const QString& id) const;

private:
    const SqliteConnection& m_connection;
};

} // namespace certdeck
