// SQS throughput: the API calls a message rate needs with batching, and whether the queue type takes them.
// Amazon SQS Developer Guide, "Amazon SQS message quotas" and "Troubleshoot FIFO throttling issues": a
// standard queue supports a nearly unlimited number of API calls per second per action; a FIFO queue 300
// calls per second per action (SendMessage, ReceiveMessage, DeleteMessage), 3,000 messages per second with
// batches of 10; in high throughput mode FIFO limits are "based on the number of API requests, not message
// limits", up to 70,000 calls per second per action in US East (N. Virginia), US West (Oregon) and Europe
// (Ireland). A batch carries at most 10 messages and 1 MiB in total ("Amazon SQS batch actions"). Billing:
// each 64 KB chunk of a call's payload is billed as one request (Amazon SQS pricing).
#include "calc/AllCalculators.h"

#include <algorithm>
#include <cmath>

namespace certdeck::calc {

namespace {

const QString kQueueType = QStringLiteral("queue-type");
const QString kMessages = QStringLiteral("messages-per-sec");
const QString kBatch = QStringLiteral("batch-size");
const QString kMessageKib = QStringLiteral("message-kib");

const QString kStandard = QStringLiteral("standard");
const QString kFifo = QStringLiteral("fifo");
const QString kFifoHigh = QStringLiteral("fifo-high-throughput");

const QString kFifoTps = QStringLiteral("sqs.fifo-tps");
const QString kFifoBatchTps = QStringLiteral("sqs.fifo-batch-tps");
const QString kFifoHighTps = QStringLiteral("sqs.fifo-high-throughput-tps");
const QString kBatchMax = QStringLiteral("sqs.batch-max-messages");
const QString kBatchMaxKib = QStringLiteral("sqs.batch-max-kib");
const QString kMessageMax = QStringLiteral("sqs.message-max-kib");
const QString kChunkKib = QStringLiteral("sqs.billing-chunk-kib");

const QString kApiCalls = QStringLiteral("api_calls_per_sec");
const QString kMaxMessages = QStringLiteral("max_messages_per_sec");
const QString kQueues = QStringLiteral("queues_needed");
const QString kBilled = QStringLiteral("billed_requests_per_sec");

constexpr double kMaxRate = 1e9; // far above any queue's quota, still a finite, exact double

class SqsThroughput : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(SqsThroughput)

public:
    QString id() const override { return QStringLiteral("sqs"); }
    QString title() const override { return tr("SQS throughput"); }
    QString summary() const override
    {
        return tr("API calls a message rate needs with batching, whether the queue type takes them, and the "
                  "requests billed");
    }
    QStringList factIds() const override
    {
        return {kFifoTps, kFifoBatchTps, kFifoHighTps, kBatchMax, kBatchMaxKib, kMessageMax, kChunkKib};
    }
    QList<Field> fields(const FactBook& facts) const override
    {
        Field type = Field::choice(kQueueType, tr("Queue type"), {kStandard, kFifo, kFifoHigh},
                                   {tr("Standard"), tr("FIFO"), tr("FIFO, high throughput mode")});
        type.example = kFifo;
        type.help = tr("FIFO keeps order and removes duplicates but limits API calls; standard is nearly "
                       "unlimited");
        Field messages = Field::number(kMessages, tr("Messages per second"), QString(), 1, kMaxRate);
        messages.required = true;
        messages.example = QStringLiteral("2000");
        messages.help = tr("Messages sent (and received, and deleted) each second");
        const CalcFact* batchMax = facts.find(kBatchMax);
        Field batch =
            Field::number(kBatch, tr("Messages per batch"), QString(), 1, batchMax ? batchMax->value : 10);
        batch.integer = true;
        batch.defaultValue = QStringLiteral("1");
        batch.example = QStringLiteral("10");
        batch.help = tr("Messages in one SendMessageBatch, ReceiveMessage or DeleteMessageBatch call");
        const CalcFact* sizeMax = facts.find(kMessageMax);
        Field size = Field::number(kMessageKib, tr("Message size"), QStringLiteral("KiB"), 0.001,
                                   sizeMax ? sizeMax->value : 1024);
        size.defaultValue = QStringLiteral("1");
        size.example = QStringLiteral("16");
        size.help = tr("Size of one message with its attributes");
        return {type, messages, batch, size};
    }

    void compute(const Values& v, Work& w) const override
    {
        const QString type = v.choice(kQueueType);
        const double messages = v.number(kMessages);
        const double batch = v.number(kBatch);
        const double size = v.number(kMessageKib);
        const double batchMaxKib = w.fact(kBatchMaxKib);
        const double chunkKib = w.fact(kChunkKib);
        if (w.failed() || chunkKib <= 0) {
            return;
        }
        const double payload = batch * size;
        if (batch > 1 && payload > batchMaxKib) {
            const double fitting = std::max(1.0, std::floor(batchMaxKib / size));
            //: %1 messages per batch, %2 KiB per message, %3 their total in KiB, %4 the batch limit in KiB,
            //: %5 the largest batch that fits
            w.error(kBatch,
                    tr("must be a whole number from 1 to %5 for messages of %2 KiB: %1 of them make %3 "
                       "KiB, more than the %4 KiB one batch request may carry (got '%1')")
                        .arg(w.num(batch), w.num(size, 3), w.num(payload, 3), w.num(batchMaxKib),
                             w.num(fitting)));
            return;
        }

        const double calls = messages / batch;
        if (batch == 1) {
            //: %1 messages per second, %2 API calls per second
            w.step(tr("%1 messages/s, one message per call = %2 API calls per second for each action (send, "
                      "receive, delete).")
                       .arg(w.num(messages, 3), w.num(calls, 3)));
        } else {
            //: %1 messages per second, %n messages per batch, %2 API calls per second
            w.step(
                tr("%1 messages/s in batches of %n = %2 API calls per second for each action (send, receive, "
                   "delete).",
                   nullptr, countOf(batch))
                    .arg(w.num(messages, 3), w.num(calls, 3)));
        }

        std::optional<double> callLimit;
        std::optional<double> maxMessages;
        double queues = 1;
        if (type == kStandard) {
            w.step(
                tr("A standard queue supports a nearly unlimited number of API calls per second per action, "
                   "so there is no ceiling to compare with; it delivers at least once, in best-effort "
                   "order."));
        } else {
            const bool high = type == kFifoHigh;
            callLimit = w.fact(high ? kFifoHighTps : kFifoTps);
            maxMessages = *callLimit * batch;
            if (high) {
                //: %1 API calls per second per action, %n messages per batch, %2 messages per second
                w.step(
                    tr("In high throughput mode a FIFO queue takes up to %1 API calls per second per action "
                       "in US East (N. Virginia), US West (Oregon) and Europe (Ireland); other Regions take "
                       "fewer. Its limits count API calls, not messages: with batches of %n that is %2 "
                       "messages per second.",
                       nullptr, countOf(batch))
                        .arg(w.num(*callLimit), w.num(*maxMessages)));
                w.step(tr("High throughput spreads a queue over partitions by message group ID: messages of "
                          "one group are delivered in order, one after another, so the rate needs many "
                          "distinct MessageGroupId values."));
            } else {
                //: %1 API calls per second per action, %n messages per batch, %2 messages per second
                w.step(tr("A FIFO queue takes %1 API calls per second per action; with batches of %n that is "
                          "%2 messages per second.",
                          nullptr, countOf(batch))
                           .arg(w.num(*callLimit), w.num(*maxMessages)));
                const double batchMax = w.fact(kBatchMax);
                if (batch < batchMax) {
                    //: %1 messages per batch at most, %2 messages per second documented with full batches
                    w.step(tr("Batches of %1 would raise it to %2 messages per second.")
                               .arg(w.num(batchMax), w.num(w.fact(kFifoBatchTps))));
                }
            }
            queues = std::max(1.0, ceilUnits(messages / *maxMessages));
            if (messages <= *maxMessages) {
                //: %1 messages per second wanted, %2 the queue's maximum
                w.step(tr("%1 messages/s fit within %2 messages/s.")
                           .arg(w.num(messages, 3), w.num(*maxMessages)));
            } else if (high) {
                //: %1 messages per second wanted, %2 the queue's maximum, %n queues needed
                w.step(tr("%1 messages/s exceed %2 messages/s: larger batches, a quota increase, or %n FIFO "
                          "queues, each keeping order only for its own messages.",
                          nullptr, countOf(queues))
                           .arg(w.num(messages, 3), w.num(*maxMessages)));
            } else {
                //: %1 messages per second wanted, %2 the queue's maximum, %n queues needed
                w.step(tr("%1 messages/s exceed %2 messages/s: enable high throughput mode, or split the "
                          "messages over %n FIFO queues, each keeping order only for its own messages.",
                          nullptr, countOf(queues))
                           .arg(w.num(messages, 3), w.num(*maxMessages)));
            }
        }

        const double chunks = std::max(1.0, ceilUnits(payload / chunkKib));
        const double billed = calls * chunks;
        //: %1 KiB in one call, %2 messages, %3 KiB each, %4 KiB per billed chunk, %n requests billed per call
        w.step(
            tr("Billing: each %4 KiB chunk of a call's payload is one request; a call carrying %1 KiB (%2 x "
               "%3 KiB) is billed as %n request(s).",
               nullptr, countOf(chunks))
                .arg(w.num(payload, 3), w.num(batch), w.num(size, 3), w.num(chunkKib)));
        //: %1 API calls per second, %2 requests per call, %3 billed requests per second
        w.step(tr("%1 calls/s x %2 = %3 billed requests per second for each action.")
                   .arg(w.num(calls, 3), w.num(chunks), w.num(billed, 3)));

        const bool fits = !maxMessages || messages <= *maxMessages;
        w.figure(kApiCalls, tr("API calls per second per action"), calls, QStringLiteral("calls/s"), 2);
        w.figure(kMaxMessages, tr("Most messages per second per action"), maxMessages,
                 QStringLiteral("messages/s"));
        w.figure(QStringLiteral("api_calls_limit_per_sec"), tr("API call limit per second per action"),
                 callLimit, QStringLiteral("calls/s"));
        w.figure(QStringLiteral("fits"), tr("Fits (1 yes, 0 no)"), fits ? 1.0 : 0.0, QString());
        w.figure(kQueues, tr("Queues needed"), queues, QString());
        w.figure(QStringLiteral("billed_requests_per_call"), tr("Billed requests per call"), chunks,
                 QString());
        w.figure(kBilled, tr("Billed requests per second per action"), billed, QStringLiteral("requests/s"),
                 2);
    }

    DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale& locale) const override
    {
        auto fact = [&](const QString& id, double fallback) { return facts.value(id, fallback); };
        const double fifoTps = fact(kFifoTps, 300);
        const double highTps = fact(kFifoHighTps, 70000);
        const double batchMax = fact(kBatchMax, 10);
        const double chunkKib = fact(kChunkKib, 64);
        DrillCase c;
        const int kind = random.between(0, 3);
        if (kind == 0) {
            // The most a FIFO queue takes with a given batch size.
            const bool high = random.between(0, 2) == 0;
            const int batch = random.between(1, int(batchMax));
            c.inputs = {{kQueueType, high ? kFifoHigh : kFifo},
                        {kMessages, QStringLiteral("100")},
                        {kBatch, QString::number(batch)}};
            c.stem =
                (high
                     //: %n messages per batch
                     ? tr("A producer sends to an SQS FIFO queue with high throughput mode enabled in US "
                          "East (N. Virginia), using SendMessageBatch with %n message(s) per call. At "
                          "most how many messages per second can it send?",
                          nullptr, batch)
                     //: %n messages per batch
                     : tr("A producer sends to an SQS FIFO queue (high throughput mode off) using "
                          "SendMessageBatch with %n message(s) per call. At most how many messages per "
                          "second can it send?",
                          nullptr, batch));
            c.answer = kMaxMessages;
            c.unit = QStringLiteral("messages/s");
            const double limit = high ? highTps : fifoTps;
            c.mistakes = {
                {limit, tr("FIFO limits count API calls; each call carries a whole batch.")},
                {limit * batchMax, tr("The batch here is smaller than 10 messages.")},
                {(high ? fifoTps : highTps) * batch,
                 high ? tr("300 calls per second is the limit without high throughput mode.")
                      : tr("70,000 calls per second needs high throughput mode (and one of its largest "
                           "Regions).")},
                {limit / batch, tr("Batching multiplies the messages per call; it does not divide them.")},
                {330.0 * batch, tr("The FIFO limit is 300 calls per second per action, not 330.")},
            };
        } else if (kind == 1) {
            // API calls needed for a rate and batch size.
            const int batch = random.between(2, int(batchMax));
            const int messages = random.between(1, 60) * batch * 50;
            c.inputs = {{kQueueType, kStandard},
                        {kMessages, QString::number(messages)},
                        {kBatch, QString::number(batch)}};
            //: %1 messages per second, %n messages per batch
            c.stem =
                tr("An application sends %1 messages per second to an SQS queue with SendMessageBatch, %n "
                   "messages per call. How many SendMessageBatch calls per second does it make?",
                   nullptr, batch)
                    .arg(locale.toString(messages));
            c.answer = kApiCalls;
            c.unit = QStringLiteral("calls/s");
            c.mistakes = {
                {double(messages),
                 tr("Each batch call carries several messages, so fewer calls are needed.")},
                {double(messages) * batch, tr("Divide the messages by the batch size; do not multiply.")},
                {double(messages) / batchMax, tr("The batch here is not the maximum of 10 messages.")},
                {double(messages) / batch * 3,
                 tr("The question asks for the send calls only, not send, receive and delete together.")},
            };
        } else if (kind == 2) {
            // FIFO queues needed for a rate.
            const int batch = random.pick(QList<int>{1, 2, 5, 10});
            const int messages = random.between(2, 60) * 500;
            c.inputs = {{kQueueType, kFifo},
                        {kMessages, QString::number(messages)},
                        {kBatch, QString::number(batch)}};
            //: %1 messages per second, %n messages per batch
            c.stem =
                tr("A system must send %1 messages per second through SQS FIFO queues without high "
                   "throughput mode, in batches of %n message(s). Each queue keeps its own order. At least "
                   "how many FIFO queues are needed?",
                   nullptr, batch)
                    .arg(locale.toString(messages));
            c.answer = kQueues;
            const double perQueue = fifoTps * batch;
            c.mistakes = {
                {std::max(1.0, ceilUnits(messages / fifoTps)),
                 tr("Each call carries a batch: a queue takes 300 calls per second, not 300 messages.")},
                {std::max(1.0, ceilUnits(messages / (fifoTps * batchMax))),
                 tr("3,000 messages per second needs batches of 10.")},
                {std::max(1.0, std::floor(messages / perQueue)), tr("A part of a queue's load needs a whole "
                                                                    "queue: round up.")},
                {1.0, tr("FIFO queues without high throughput mode are limited; a standard queue is the one "
                         "with nearly unlimited throughput.")},
                {std::max(1.0, ceilUnits(messages / (330.0 * batch))),
                 tr("The FIFO limit is 300 calls per second per action, not 330.")},
            };
        } else {
            // Billed requests with the 64 KB chunk.
            const double size =
                random.pick(QList<double>{8, 16, 20, 24, 32, 40, 50, 64, 70, 100, 128, 200, 256});
            const int fitting = int(std::min(batchMax, std::floor(fact(kBatchMaxKib, 1024) / size)));
            const int batch = random.between(1, fitting);
            const int calls = random.between(1, 50) * 10;
            const int messages = calls * batch;
            c.inputs = {{kQueueType, kStandard},
                        {kMessages, QString::number(messages)},
                        {kBatch, QString::number(batch)},
                        {kMessageKib, QLocale::c().toString(size)}};
            //: %1 messages per second, %n messages per batch, %2 message size in KiB
            c.stem =
                tr("A producer sends %1 messages per second of %2 KiB each to an SQS standard queue with "
                   "SendMessageBatch, %n message(s) per call. How many requests per second are billed for "
                   "the sends?",
                   nullptr, batch)
                    .arg(locale.toString(messages), locale.toString(size));
            c.answer = kBilled;
            c.unit = QStringLiteral("requests/s");
            const double chunks = std::max(1.0, ceilUnits(batch * size / chunkKib));
            c.mistakes = {
                {double(calls), tr("Each 64 KB chunk of a call's payload is billed as one request.")},
                {double(messages), tr("A batch call is billed by its 64 KB chunks, not by its messages.")},
                {messages * std::max(1.0, ceilUnits(size / chunkKib)),
                 tr("The chunks are counted over the whole call's payload, not message by message.")},
                {calls * std::max(1.0, ceilUnits(batch * size * 1.024 / chunkKib)),
                 tr("The billing chunk is 64 KiB (65,536 bytes), the unit of the message size: do not "
                    "convert "
                    "KiB to decimal KB.")},
                {calls * chunks * 3,
                 tr("The question asks for the sends only, not send, receive and delete together.")},
            };
        }
        return c;
    }
};

} // namespace

const Calculator& sqsThroughput()
{
    static const SqsThroughput c;
    return c;
}

} // namespace certdeck::calc
