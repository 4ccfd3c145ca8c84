// Golden review histories for Certdeck's FSRS scheduler (core/review/Fsrs.h), computed by ts-fsrs 5.4.2.
//
// Regenerate (needs node >= 20 and the npm registry; the C++ tests themselves never need node):
//
//     cd tests/data/fsrs && npm ci && node generate.mjs
//
// Writes two files, both byte-identical on every run (a seeded PRNG, never Math.random or the clock):
//   histories.json  {"cards":[{"id":"c001","reviews":[{"at":"2025-01-05T09:00:00Z","rating":3}, ...]}]}
//                   (also the stdin format of `certdeck srs replay --json`)
//   expected.json   {"cards":[{"id":"c001","steps":[{"state":"learning","due":"...Z","stability":x,
//                   "difficulty":y,"reps":n,"lapses":m,"elapsed_days":e,"scheduled_days":s,
//                   "learning_steps":k}, ...]}]}
// Each card starts as createEmptyCard(first review time); each review is fsrs.next(card, at, rating) with the
// default FSRS-6 parameters (21 weights, retention 0.9, maximum interval 36500 days, learning steps 1m 10m,
// relearning step 10m, short-term scheduling on) and fuzz off. Step i is the card after review i.
//
// Ratings: 1 Again, 2 Hard, 3 Good, 4 Easy. Times are whole seconds, UTC.

import { writeFileSync } from 'node:fs'
import { createEmptyCard, default_w, fsrs, generatorParameters, State } from 'ts-fsrs'

const parameters = generatorParameters({
  w: [...default_w],
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ['1m', '10m'],
  relearning_steps: ['10m'],
})
const scheduler = fsrs(parameters)

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
// Histories stay well inside four-digit years (toISOString writes +010000 beyond 9999).
const LATEST = Date.UTC(2400, 0, 1)

// mulberry32: a tiny PRNG with a fixed seed, so every run draws the same numbers.
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = mulberry32(0xce57dec)
const randInt = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)) // inclusive
const pickWeighted = (entries) => {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
  let r = random() * total
  for (const [value, weight] of entries) {
    r -= weight
    if (r < 0) return value
  }
  return entries[entries.length - 1][0]
}

function iso(ms) {
  if (ms % SECOND !== 0) throw new Error(`not a whole second: ${ms}`)
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}
const utc = (text) => Date.parse(text)
const startOfUtcDay = (ms) => ms - (((ms % DAY) + DAY) % DAY)

// --- Histories -------------------------------------------------------------------------------------------

const cards = [] // {id, reviews: [{at (ms), rating}]}

/// A history driven by the card's own schedule: each action is [when, rating], where `when` is 'due' (exactly
/// at the due time), an ISO string, a number of seconds after the previous review, or a function
/// (card, previousMs) => ms.
function scripted(id, startIso, actions) {
  let at = utc(startIso)
  let card = createEmptyCard(new Date(at))
  const reviews = []
  actions.forEach(([when, rating], index) => {
    if (index > 0) {
      if (when === 'due') at = card.due.getTime()
      else if (typeof when === 'string') at = utc(when)
      else if (typeof when === 'number') at += when * SECOND
      else at = when(card, at)
      if (at < reviews[reviews.length - 1].at) throw new Error(`${id}: review ${index} goes back in time`)
    }
    reviews.push({ at, rating })
    card = scheduler.next(card, new Date(at), rating).card
  })
  cards.push({ id, reviews })
}
const repeat = (count, action) => Array.from({ length: count }, () => action)

// Every first rating, each followed by Good at the due time.
for (const [name, rating] of [['again', 1], ['hard', 2], ['good', 3], ['easy', 4]]) {
  scripted(`first-${name}`, '2025-01-05T09:00:00Z', [[null, rating], ...repeat(6, ['due', 3])])
}
// Learning steps: Hard keeps the step, Good moves on, Again goes back to the first step.
scripted('learning-steps', '2025-03-10T14:30:00Z', [
  [null, 2], ['due', 2], ['due', 3], ['due', 2], ['due', 1], ['due', 3], ['due', 3], ['due', 3],
])
// A learning card left for days: the gap counts, so its stability grows as for a review.
scripted('learning-left-for-days', '2025-04-01T08:00:00Z', [[null, 3], [3 * 86400, 3], ['due', 3]])
// Relearning: Again on a review card, then Hard (15 min), Again, Good.
scripted('relearning', '2025-02-01T07:00:00Z', [
  [null, 3], ['due', 3], ['due', 3], ['due', 1], ['due', 2], ['due', 1], ['due', 3], ['due', 3],
])
// 60 reviews with many lapses: Good at due, and every fourth review a lapse and its relearning step.
scripted('many-lapses', '2024-06-15T19:45:10Z', [
  [null, 3],
  ...Array.from({ length: 59 }, (_, i) => ['due', i % 4 === 3 ? 1 : 3]),
])
// Long runs of Again: in learning (1-minute steps), and on a review card (stability falls to its floor).
scripted('again-run-learning', '2025-05-05T05:05:05Z', [[null, 1], ...repeat(30, ['due', 1]), ['due', 3]])
scripted('again-run-relearning', '2025-05-06T10:00:00Z', [
  [null, 4], ['due', 3], ...repeat(40, ['due', 1]), ['due', 3], ['due', 3],
])
// Again run with gaps of several days: the long-term forgetting formula, not the same-day one.
scripted('again-run-days', '2025-01-01T12:00:00Z', [[null, 3], ['due', 3], ...repeat(12, [3 * 86400, 1])])
// Several reviews on one day, in every state.
scripted('same-day', '2025-07-14T06:00:00Z', [
  [null, 4], [3600, 3], [3600, 4], [3600, 2], [3600, 1], [600, 1], [600, 2], [900, 3], [600, 4], [60, 3],
])
// The same second twice.
scripted('same-second', '2025-07-15T06:00:00Z', [[null, 3], [0, 3], [0, 3], ['due', 3], [0, 4]])
// Midnight UTC: one second apart across midnight is a day; 23:59:59 apart within a day is none.
scripted('midnight', '2025-01-01T23:59:59Z', [
  [null, 3], ['2025-01-02T00:00:00Z', 3], ['2025-01-02T23:59:59Z', 3], ['2025-01-03T00:00:00Z', 4],
  ['2025-01-03T00:00:00Z', 3], ['due', 1], ['due', 3], [(card) => startOfUtcDay(card.due.getTime()) + DAY, 3],
  [(card) => startOfUtcDay(card.due.getTime()) - 1000, 2],
])
scripted('year-end-and-leap-day', '2023-12-31T23:59:59Z', [
  [null, 3], ['2024-01-01T00:00:00Z', 3], ['2024-02-28T23:59:59Z', 3], ['2024-02-29T00:00:00Z', 3],
  ['2024-03-01T00:00:00Z', 2], ['2024-12-31T23:59:59Z', 3], ['2025-01-01T00:00:01Z', 4],
])
// Ten and more years late, with each rating: the interval reaches the maximum.
for (const [name, rating] of [['again', 1], ['hard', 2], ['good', 3], ['easy', 4]]) {
  scripted(`decade-late-${name}`, '2013-03-03T03:03:03Z', [
    [null, 3], ['due', 3], ['due', 3], ['2025-09-09T09:09:09Z', rating], ['due', 3], ['due', 3],
  ])
}
// Easy at every due time: stability grows to 36500 days and the intervals stay at the cap.
scripted('easy-to-cap', '2025-01-01T09:00:00Z', [[null, 4], ...repeat(10, ['due', 4])])
scripted('good-to-cap', '2025-01-01T09:00:00Z', [[null, 4], ...repeat(11, ['due', 3])])
scripted('hard-at-cap', '2025-01-01T09:00:00Z', [[null, 4], ...repeat(7, ['due', 4]), ...repeat(3, ['due', 2])])
// Early reviews of a review card: the day after, and half way.
scripted('early', '2025-02-02T16:16:16Z', [
  [null, 3], ['due', 3], ['due', 3], [86400, 3], [(card, last) => last + Math.floor((card.due - last) / 2000) * 1000, 4],
  ['due', 2], [2 * 86400, 1], ['due', 3],
])

// Random histories: each card has a temperament (how it is rated) and each gap is drawn from seconds,
// minutes, hours, exactly due, early, late, very overdue and UTC midnight boundaries.
const temperaments = {
  struggling: [[1, 35], [2, 25], [3, 35], [4, 5]],
  normal: [[1, 12], [2, 13], [3, 60], [4, 15]],
  strong: [[1, 4], [2, 8], [3, 48], [4, 40]],
  erratic: [[1, 25], [2, 25], [3, 25], [4, 25]],
}
const gapKinds = [
  ['seconds', 6], ['minutes', 8], ['hours', 8], ['due', 30], ['early', 12], ['late', 16], ['overdue', 8],
  ['midnight', 6], ['dayEnd', 6],
]

function nextReviewTime(card, last) {
  const due = card.due.getTime()
  let at
  switch (pickWeighted(gapKinds)) {
    case 'seconds': at = last + randInt(0, 59) * SECOND; break
    case 'minutes': at = last + randInt(1, 59) * MINUTE + randInt(0, 59) * SECOND; break
    case 'hours': at = last + randInt(1, 23) * HOUR + randInt(0, 3599) * SECOND; break
    case 'due': at = due; break
    case 'early': at = last + Math.floor((random() * (due - last)) / SECOND) * SECOND; break
    case 'late': at = due + randInt(1, 7 * 86400) * SECOND; break
    case 'overdue': at = due + randInt(30, 1500) * DAY + randInt(0, 86399) * SECOND; break
    case 'midnight': at = startOfUtcDay(Math.max(due, last)) + DAY + randInt(-1, 1) * SECOND; break
    case 'dayEnd': at = startOfUtcDay(last) + DAY - randInt(1, 60) * SECOND; break
  }
  if (at < last) at = last
  if (at > LATEST) at = last + randInt(1, 400) * DAY
  return at
}

for (let index = 1; index <= 150; index++) {
  const ratings = temperaments[pickWeighted(Object.keys(temperaments).map((name) => [name, 1]))]
  const count = randInt(1, 80)
  let at = Date.UTC(2019, 0, 1) + randInt(0, 7 * 365) * DAY + randInt(0, 86399) * SECOND
  let card = createEmptyCard(new Date(at))
  const reviews = []
  for (let i = 0; i < count; i++) {
    if (i > 0) at = nextReviewTime(card, at)
    const rating = pickWeighted(ratings)
    reviews.push({ at, rating })
    card = scheduler.next(card, new Date(at), rating).card
  }
  cards.push({ id: `c${String(index).padStart(3, '0')}`, reviews })
}

// --- Expected schedules: replayed from the histories alone ---------------------------------------------

function replay(reviews) {
  let card = createEmptyCard(new Date(reviews[0].at))
  return reviews.map(({ at, rating }) => {
    card = scheduler.next(card, new Date(at), rating).card
    return {
      state: State[card.state].toLowerCase(),
      due: iso(card.due.getTime()),
      stability: card.stability,
      difficulty: card.difficulty,
      reps: card.reps,
      lapses: card.lapses,
      elapsed_days: card.elapsed_days,
      scheduled_days: card.scheduled_days,
      learning_steps: card.learning_steps,
    }
  })
}

// One card per line in histories.json, one step per line in expected.json: small diffs on regeneration.
const historiesText =
  '{"cards":[\n' +
  cards
    .map(({ id, reviews }) =>
      JSON.stringify({ id, reviews: reviews.map(({ at, rating }) => ({ at: iso(at), rating })) })
    )
    .join(',\n') +
  '\n]}\n'
const expectedText =
  '{"cards":[\n' +
  cards
    .map(
      ({ id, reviews }) =>
        `{"id":${JSON.stringify(id)},"steps":[\n` +
        replay(reviews).map((step) => JSON.stringify(step)).join(',\n') +
        '\n]}'
    )
    .join(',\n') +
  '\n]}\n'

writeFileSync(new URL('./histories.json', import.meta.url), historiesText)
writeFileSync(new URL('./expected.json', import.meta.url), expectedText)
const steps = cards.reduce((sum, { reviews }) => sum + reviews.length, 0)
console.log(`${cards.length} cards, ${steps} reviews`)
