#pragma once

namespace certdeck {

/// Every page the sidebar can hold, in sidebar order. A page whose feature is not built yet has no
/// factory in MainWindow and is not shown.
enum class PageId { Today, Flashcards, PracticeExam, Calculators, Lookup, Notes, Stats };

} // namespace certdeck
