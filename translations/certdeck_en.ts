<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Rotation removed %n older backup(s):
</source>
        <translation>
            <numerusform>Rotation removed %n older backup:
</numerusform>
            <numerusform>Rotation removed %n older backups:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exam answer(s) (exam_answer) belong to an exam attempt that does not exist (exam_attempt)</source>
        <translation>
            <numerusform>%n exam answer (exam_answer) belongs to an exam attempt that does not exist (exam_attempt)</numerusform>
            <numerusform>%n exam answers (exam_answer) belong to an exam attempt that does not exist (exam_attempt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in review_log are of a card without a schedule (no card_state row)</source>
        <translation>
            <numerusform>%n review in review_log is of a card without a schedule (no card_state row)</numerusform>
            <numerusform>%n reviews in review_log are of a card without a schedule (no card_state row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found
</source>
        <translation>
            <numerusform>%1: %n problem found
</numerusform>
            <numerusform>%1: %n problems found
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s):</source>
        <translation>
            <numerusform>Last %n day:</numerusform>
            <numerusform>Last %n days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>True retention: %1% of %n review(s)</source>
        <translation>
            <numerusform>True retention: %1% of %n review</numerusform>
            <numerusform>True retention: %1% of %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Streak: %n day</numerusform>
            <numerusform>Streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1</source>
        <translation>
            <numerusform>Wrote %n card to %1</numerusform>
            <numerusform>Wrote %n cards to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exam attempt(s) to %1</source>
        <translation>
            <numerusform>Wrote %n exam attempt to %1</numerusform>
            <numerusform>Wrote %n exam attempts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n line(s))</source>
        <extracomment>%1 is a file name; %n its number of lines</extracomment>
        <translation>
            <numerusform>Imported %1 (%n line)</numerusform>
            <numerusform>Imported %1 (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 (%n line(s))</source>
        <translation>
            <numerusform>Updated %1 (%n line)</numerusform>
            <numerusform>Updated %1 (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your notes: %n file(s), </source>
        <translation>
            <numerusform>Your notes: %n file, </numerusform>
            <numerusform>Your notes: %n files, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), searchable with &apos;certdeck lookup&apos;.</source>
        <translation>
            <numerusform>%n section, searchable with &apos;certdeck lookup&apos;.</numerusform>
            <numerusform>%n sections, searchable with &apos;certdeck lookup&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  imported %2, %n line(s)</source>
        <extracomment>%1 file name, %2 the date it was imported; then its number of lines</extracomment>
        <translation>
            <numerusform>%1  imported %2, %n line</numerusform>
            <numerusform>%1  imported %2, %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With your schedule and %n review(s).</source>
        <translation>
            <numerusform>With your schedule and %n review.</numerusform>
            <numerusform>With your schedule and %n reviews.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DynamoDbCapacity</name>
    <message numerus="yes">
        <source>%1 KB is %3 unit(s) of %4 KB</source>
        <extracomment>%1 an item size, %2 the size rounded up to whole units, %3 how many units of %4 KB</extracomment>
        <translation>
            <numerusform>%1 KB is %3 unit of %4 KB</numerusform>
            <numerusform>%1 KB is %3 units of %4 KB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 KB rounds up to %2 KB = %3 unit(s) of %4 KB</source>
        <translation>
            <numerusform>%1 KB rounds up to %2 KB = %3 unit of %4 KB</numerusform>
            <numerusform>%1 KB rounds up to %2 KB = %3 units of %4 KB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DynamoDbPartitions</name>
    <message numerus="yes">
        <source>By throughput: %1 RCU / %2 + %3 WCU / %4 = %5, rounded up: %6 partition(s).</source>
        <translation>
            <numerusform>By throughput: %1 RCU / %2 + %3 WCU / %4 = %5, rounded up: %6 partition.</numerusform>
            <numerusform>By throughput: %1 RCU / %2 + %3 WCU / %4 = %5, rounded up: %6 partitions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By size: %1 GB / %2 GB = %3, rounded up: %4 partition(s).</source>
        <translation>
            <numerusform>By size: %1 GB / %2 GB = %3, rounded up: %4 partition.</numerusform>
            <numerusform>By size: %1 GB / %2 GB = %3, rounded up: %4 partitions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamGenerator</name>
    <message numerus="yes">
        <source>The question bank is %n question(s) short of a full %1 exam of %2 questions:</source>
        <extracomment>%1 exam code (SAA-C03); %2 its number of questions; then one line per short domain</extracomment>
        <translation>
            <numerusform>The question bank is %n question short of a full %1 exam of %2 questions:</numerusform>
            <numerusform>The question bank is %n questions short of a full %1 exam of %2 questions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KinesisShards</name>
    <message numerus="yes">
        <source>By write bandwidth: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 write KiB/s, %2 KiB/s one shard takes (1 MiB/s), %3 the quotient, %n shards (rounded up)</extracomment>
        <translation>
            <numerusform>By write bandwidth: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard.</numerusform>
            <numerusform>By write bandwidth: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By records: %1 records/s / %2 records/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 records per second, %2 records per second one shard takes, %3 the quotient, %n shards</extracomment>
        <translation>
            <numerusform>By records: %1 records/s / %2 records/s per shard = %3, rounded up: %n shard.</numerusform>
            <numerusform>By records: %1 records/s / %2 records/s per shard = %3, rounded up: %n shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With enhanced fan-out each of the %n consumer(s) gets its own %1 MiB/s per shard, more than a shard can take in, so reads add no shards (%2 KiB/s read in total).</source>
        <extracomment>%n consumers, %1 MiB/s each gets per shard, %2 the read bandwidth of all consumers in KiB/s</extracomment>
        <translation>
            <numerusform>With enhanced fan-out the %n consumer gets its own %1 MiB/s per shard, more than a shard can take in, so reads add no shards (%2 KiB/s read in total).</numerusform>
            <numerusform>With enhanced fan-out each of the %n consumers gets its own %1 MiB/s per shard, more than a shard can take in, so reads add no shards (%2 KiB/s read in total).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read bandwidth: %1 KiB/s x %n consumer(s) = %2 KiB/s, all sharing each shard&apos;s read throughput.</source>
        <extracomment>%1 write KiB/s, %n consumers, %2 the read bandwidth in KiB/s</extracomment>
        <translation>
            <numerusform>Read bandwidth: %1 KiB/s x %n consumer = %2 KiB/s, all sharing each shard&apos;s read throughput.</numerusform>
            <numerusform>Read bandwidth: %1 KiB/s x %n consumers = %2 KiB/s, all sharing each shard&apos;s read throughput.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By reads: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).</source>
        <extracomment>%1 read KiB/s, %2 KiB/s one shard serves (2 MiB/s), %3 the quotient, %n shards</extracomment>
        <translation>
            <numerusform>By reads: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard.</numerusform>
            <numerusform>By reads: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n consumers also share %1 GetRecords calls per second per shard; with several consumers, enhanced fan-out avoids read throttling.</source>
        <extracomment>%n consumers, %1 GetRecords calls per second per shard</extracomment>
        <translation>
            <numerusform>The %n consumer also shares %1 GetRecords calls per second per shard; with several consumers, enhanced fan-out avoids read throttling.</numerusform>
            <numerusform>The %n consumers also share %1 GetRecords calls per second per shard; with several consumers, enhanced fan-out avoids read throttling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shards: the largest count = %n shard(s); decided by %1.</source>
        <extracomment>%n shards, %1 the limit(s) that decide: &quot;read bandwidth&quot; or &quot;write bandwidth, records per second&quot;</extracomment>
        <translation>
            <numerusform>Shards: the largest count = %n shard; decided by %1.</numerusform>
            <numerusform>Shards: the largest count = %n shards; decided by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application(s) read every record using enhanced fan-out. How many shards does the stream need?</source>
        <extracomment>%1 records per second, %2 record size in KiB, %n consumer applications</extracomment>
        <translation>
            <numerusform>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application reads every record using enhanced fan-out. How many shards does the stream need?</numerusform>
            <numerusform>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer applications read every record using enhanced fan-out. How many shards does the stream need?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application(s) read every record with GetRecords (shared throughput). How many shards does the stream need?</source>
        <translation>
            <numerusform>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer application reads every record with GetRecords (shared throughput). How many shards does the stream need?</numerusform>
            <numerusform>Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data stream. %n consumer applications read every record with GetRecords (shared throughput). How many shards does the stream need?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LambdaCost</name>
    <message numerus="yes">
        <source>Compute time: %1 request(s) x %2 s = %3 s.</source>
        <extracomment>%1 requests, %2 billed seconds per request, %3 total seconds</extracomment>
        <translation>
            <numerusform>Compute time: %1 request x %2 s = %3 s.</numerusform>
            <numerusform>Compute time: %1 requests x %2 s = %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDatabase</name>
    <message numerus="yes">
        <source>it is cut short: %n byte(s)</source>
        <translation>
            <numerusform>it is cut short: %n byte</numerusform>
            <numerusform>it is cut short: %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>S3Prefixes</name>
    <message numerus="yes">
        <source>Reads: %1 GET/HEAD per second / %2 per prefix = %3, rounded up: %n prefix(es).</source>
        <extracomment>%1 GET requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)</extracomment>
        <translation>
            <numerusform>Reads: %1 GET/HEAD per second / %2 per prefix = %3, rounded up: %n prefix.</numerusform>
            <numerusform>Reads: %1 GET/HEAD per second / %2 per prefix = %3, rounded up: %n prefixes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes: %1 PUT/COPY/POST/DELETE per second / %2 per prefix = %3, rounded up: %n prefix(es).</source>
        <extracomment>%1 PUT requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)</extracomment>
        <translation>
            <numerusform>Writes: %1 PUT/COPY/POST/DELETE per second / %2 per prefix = %3, rounded up: %n prefix.</numerusform>
            <numerusform>Writes: %1 PUT/COPY/POST/DELETE per second / %2 per prefix = %3, rounded up: %n prefixes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prefixes: the larger of the two = %n prefix(es); each prefix serves its reads and its writes, so the counts are not added.</source>
        <extracomment>%n prefixes</extracomment>
        <translation>
            <numerusform>Prefixes: the larger of the two = %n prefix; each prefix serves its reads and its writes, so the counts are not added.</numerusform>
            <numerusform>Prefixes: the larger of the two = %n prefixes; each prefix serves its reads and its writes, so the counts are not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A bucket may hold any number of prefixes: spread the keys evenly over %n prefixes (for example a hash or date part at the start of the key) so that none carries more than %1 reads or %2 writes per second.</source>
        <extracomment>%n prefixes, %1 reads per second per prefix, %2 writes per second per prefix</extracomment>
        <translation>
            <numerusform>A bucket may hold any number of prefixes: spread the keys evenly over %n prefix (for example a hash or date part at the start of the key) so that none carries more than %1 reads or %2 writes per second.</numerusform>
            <numerusform>A bucket may hold any number of prefixes: spread the keys evenly over %n prefixes (for example a hash or date part at the start of the key) so that none carries more than %1 reads or %2 writes per second.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqsThroughput</name>
    <message numerus="yes">
        <source>%1 messages/s in batches of %n = %2 API calls per second for each action (send, receive, delete).</source>
        <extracomment>%1 messages per second, %n messages per batch, %2 API calls per second</extracomment>
        <translation>
            <numerusform>%1 messages/s in batches of %n = %2 API calls per second for each action (send, receive, delete).</numerusform>
            <numerusform>%1 messages/s in batches of %n = %2 API calls per second for each action (send, receive, delete).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In high throughput mode a FIFO queue takes up to %1 API calls per second per action in US East (N. Virginia), US West (Oregon) and Europe (Ireland); other Regions take fewer. Its limits count API calls, not messages: with batches of %n that is %2 messages per second.</source>
        <extracomment>%1 API calls per second per action, %n messages per batch, %2 messages per second</extracomment>
        <translation>
            <numerusform>In high throughput mode a FIFO queue takes up to %1 API calls per second per action in US East (N. Virginia), US West (Oregon) and Europe (Ireland); other Regions take fewer. Its limits count API calls, not messages: with batches of %n that is %2 messages per second.</numerusform>
            <numerusform>In high throughput mode a FIFO queue takes up to %1 API calls per second per action in US East (N. Virginia), US West (Oregon) and Europe (Ireland); other Regions take fewer. Its limits count API calls, not messages: with batches of %n that is %2 messages per second.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A FIFO queue takes %1 API calls per second per action; with batches of %n that is %2 messages per second.</source>
        <extracomment>%1 API calls per second per action, %n messages per batch, %2 messages per second</extracomment>
        <translation>
            <numerusform>A FIFO queue takes %1 API calls per second per action; with batches of %n that is %2 messages per second.</numerusform>
            <numerusform>A FIFO queue takes %1 API calls per second per action; with batches of %n that is %2 messages per second.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s exceed %2 messages/s: larger batches, a quota increase, or %n FIFO queues, each keeping order only for its own messages.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum, %n queues needed</extracomment>
        <translation>
            <numerusform>%1 messages/s exceed %2 messages/s: larger batches, a quota increase, or %n FIFO queue, each keeping order only for its own messages.</numerusform>
            <numerusform>%1 messages/s exceed %2 messages/s: larger batches, a quota increase, or %n FIFO queues, each keeping order only for its own messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages/s exceed %2 messages/s: enable high throughput mode, or split the messages over %n FIFO queues, each keeping order only for its own messages.</source>
        <extracomment>%1 messages per second wanted, %2 the queue&apos;s maximum, %n queues needed</extracomment>
        <translation>
            <numerusform>%1 messages/s exceed %2 messages/s: enable high throughput mode, or split the messages over %n FIFO queue, each keeping order only for its own messages.</numerusform>
            <numerusform>%1 messages/s exceed %2 messages/s: enable high throughput mode, or split the messages over %n FIFO queues, each keeping order only for its own messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billing: each %4 KiB chunk of a call&apos;s payload is one request; a call carrying %1 KiB (%2 x %3 KiB) is billed as %n request(s).</source>
        <extracomment>%1 KiB in one call, %2 messages, %3 KiB each, %4 KiB per billed chunk, %n requests billed per call</extracomment>
        <translation>
            <numerusform>Billing: each %4 KiB chunk of a call&apos;s payload is one request; a call carrying %1 KiB (%2 x %3 KiB) is billed as %n request.</numerusform>
            <numerusform>Billing: each %4 KiB chunk of a call&apos;s payload is one request; a call carrying %1 KiB (%2 x %3 KiB) is billed as %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A producer sends to an SQS FIFO queue with high throughput mode enabled in US East (N. Virginia), using SendMessageBatch with %n message(s) per call. At most how many messages per second can it send?</source>
        <extracomment>%n messages per batch</extracomment>
        <translation>
            <numerusform>A producer sends to an SQS FIFO queue with high throughput mode enabled in US East (N. Virginia), using SendMessageBatch with %n message per call. At most how many messages per second can it send?</numerusform>
            <numerusform>A producer sends to an SQS FIFO queue with high throughput mode enabled in US East (N. Virginia), using SendMessageBatch with %n messages per call. At most how many messages per second can it send?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A producer sends to an SQS FIFO queue (high throughput mode off) using SendMessageBatch with %n message(s) per call. At most how many messages per second can it send?</source>
        <translation>
            <numerusform>A producer sends to an SQS FIFO queue (high throughput mode off) using SendMessageBatch with %n message per call. At most how many messages per second can it send?</numerusform>
            <numerusform>A producer sends to an SQS FIFO queue (high throughput mode off) using SendMessageBatch with %n messages per call. At most how many messages per second can it send?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An application sends %1 messages per second to an SQS queue with SendMessageBatch, %n messages per call. How many SendMessageBatch calls per second does it make?</source>
        <extracomment>%1 messages per second, %n messages per batch</extracomment>
        <translation>
            <numerusform>An application sends %1 messages per second to an SQS queue with SendMessageBatch, %n message per call. How many SendMessageBatch calls per second does it make?</numerusform>
            <numerusform>An application sends %1 messages per second to an SQS queue with SendMessageBatch, %n messages per call. How many SendMessageBatch calls per second does it make?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A system must send %1 messages per second through SQS FIFO queues without high throughput mode, in batches of %n message(s). Each queue keeps its own order. At least how many FIFO queues are needed?</source>
        <extracomment>%1 messages per second, %n messages per batch</extracomment>
        <translation>
            <numerusform>A system must send %1 messages per second through SQS FIFO queues without high throughput mode, in batches of %n message. Each queue keeps its own order. At least how many FIFO queues are needed?</numerusform>
            <numerusform>A system must send %1 messages per second through SQS FIFO queues without high throughput mode, in batches of %n messages. Each queue keeps its own order. At least how many FIFO queues are needed?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A producer sends %1 messages per second of %2 KiB each to an SQS standard queue with SendMessageBatch, %n message(s) per call. How many requests per second are billed for the sends?</source>
        <extracomment>%1 messages per second, %n messages per batch, %2 message size in KiB</extracomment>
        <translation>
            <numerusform>A producer sends %1 messages per second of %2 KiB each to an SQS standard queue with SendMessageBatch, %n message per call. How many requests per second are billed for the sends?</numerusform>
            <numerusform>A producer sends %1 messages per second of %2 KiB each to an SQS standard queue with SendMessageBatch, %n messages per call. How many requests per second are billed for the sends?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyAdvice</name>
    <message numerus="yes">
        <source>Review %n due card(s)</source>
        <translation>
            <numerusform>Review %n due card</numerusform>
            <numerusform>Review %n due cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learn %n new card(s)</source>
        <translation>
            <numerusform>Learn %n new card</numerusform>
            <numerusform>Learn %n new cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VpcSubnets</name>
    <message numerus="yes">
        <source>Split into /%1: 2^(%1 - %2) = 2^%3 = %n subnet(s) of 2^(32 - %1) = %4 addresses each.</source>
        <extracomment>%1 the subnets&apos; prefix length, %2 the block&apos;s, %3 the difference, %n the subnet count, %4 addresses in each subnet</extracomment>
        <translation>
            <numerusform>Split into /%1: 2^(%1 - %2) = 2^%3 = %n subnet of 2^(32 - %1) = %4 addresses each.</numerusform>
            <numerusform>Split into /%1: 2^(%1 - %2) = 2^%3 = %n subnets of 2^(32 - %1) = %4 addresses each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, up to %1.</source>
        <extracomment>%n how many subnets are not listed, %1 the last subnet such as 10.0.255.0/24</extracomment>
        <translation>
            <numerusform>... and %n more, up to %1.</numerusform>
            <numerusform>... and %n more, up to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CalendarHeatmap</name>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserDialog</name>
    <message numerus="yes">
        <source>%n card(s) could not be suspended: %1</source>
        <extracomment>%1 says why (SQLite&apos;s message)</extracomment>
        <translation>
            <numerusform>%n card could not be suspended: %1</numerusform>
            <numerusform>%n cards could not be suspended: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be unsuspended: %1</source>
        <translation>
            <numerusform>%n card could not be unsuspended: %1</numerusform>
            <numerusform>%n cards could not be unsuspended: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <extracomment>%1 cards shown of %n in all: &quot;42 of 74 cards&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n card</numerusform>
            <numerusform>%1 of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <extracomment>After the card count: &quot;42 of 74 cards, 3 selected&quot;</extracomment>
        <translation>
            <numerusform>%1, %n selected</numerusform>
            <numerusform>%1, %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserModel</name>
    <message numerus="yes">
        <source>overdue %n minute(s)</source>
        <translation>
            <numerusform>overdue %n minute</numerusform>
            <numerusform>overdue %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>overdue %n hour</numerusform>
            <numerusform>overdue %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n time(s)</source>
        <translation>
            <numerusform>Reviewed %n time</numerusform>
            <numerusform>Reviewed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s)</source>
        <translation>
            <numerusform>Forgotten %n time</numerusform>
            <numerusform>Forgotten %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s) after it was learned</source>
        <translation>
            <numerusform>Forgotten %n time after it was learned</numerusform>
            <numerusform>Forgotten %n times after it was learned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CardHistoryDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), oldest first</source>
        <translation>
            <numerusform>%n review, oldest first</numerusform>
            <numerusform>%n reviews, oldest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CommandPalette</name>
    <message numerus="yes">
        <source>%n result(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>%n result. Enter opens it.</numerusform>
            <numerusform>%n results. Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::ExamPage</name>
    <message numerus="yes">
        <source>%1: %n question(s)</source>
        <extracomment>a domain of the exam and how many questions it gets: &quot;Design Secure Architectures: 20&quot;</extracomment>
        <translation>
            <numerusform>%1: %n question</numerusform>
            <numerusform>%1: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; was interrupted: %2 of %n question(s) answered.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; was interrupted: %2 of %n question answered.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; was interrupted: %2 of %n questions answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My &amp;mistakes (%n question(s) answered wrong and not right since)</source>
        <translation>
            <numerusform>My &amp;mistakes (%n question answered wrong and not right since)</numerusform>
            <numerusform>My &amp;mistakes (%n questions answered wrong and not right since)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Flagged questions (%n)</source>
        <translation>
            <numerusform>&amp;Flagged questions (%n)</numerusform>
            <numerusform>&amp;Flagged questions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose %n option(s).</source>
        <extracomment>a multi-response question: &quot;Choose 2 options.&quot;</extracomment>
        <translation>
            <numerusform>Choose %n option.</numerusform>
            <numerusform>Choose %n options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n flagged</numerusform>
            <numerusform>%n flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are unanswered and will count as wrong.</source>
        <translation>
            <numerusform>%n question is unanswered and will count as wrong.</numerusform>
            <numerusform>%n questions are unanswered and will count as wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::ExportActions</name>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation>
            <numerusform>Wrote %n card to %1.</numerusform>
            <numerusform>Wrote %n cards to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exam(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n exam to %1.</numerusform>
            <numerusform>Wrote %n exams to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 card(s) with your schedule and %n review(s) to %2.</source>
        <extracomment>%1 is the file written; %n the reviews in it (the cards&apos; count comes first)</extracomment>
        <translation>
            <numerusform>Wrote %1 cards with your schedule and %n review to %2.</numerusform>
            <numerusform>Wrote %1 cards with your schedule and %n reviews to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::FlashcardsPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) come due by the end of tomorrow.</source>
        <translation>
            <numerusform>%n card comes due by the end of tomorrow.</numerusform>
            <numerusform>%n cards come due by the end of tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) wait; today&apos;s limit of %1 new cards is reached (change it in Settings).</source>
        <extracomment>%n new cards wait; %1 is the daily limit of new cards</extracomment>
        <translation>
            <numerusform>%n new card waits; today&apos;s limit of %1 new cards is reached (change it in Settings).</numerusform>
            <numerusform>%n new cards wait; today&apos;s limit of %1 new cards is reached (change it in Settings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::LookupPage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your notes: %n file(s), </source>
        <extracomment>After importing notes: files and sections of the learner&apos;s own notes</extracomment>
        <translation>
            <numerusform>Your notes: %n file, </numerusform>
            <numerusform>Your notes: %n files, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), now in lookup and on the Notes page.</source>
        <translation>
            <numerusform>%n section, now in lookup and on the Notes page.</numerusform>
            <numerusform>%n sections, now in lookup and on the Notes page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::NotesPage</name>
    <message numerus="yes">
        <source>%n task statement(s) of the exam guide have no question from your notes. Study them from the AWS documentation too:</source>
        <translation>
            <numerusform>%n task statement of the exam guide has no question from your notes. Study it from the AWS documentation too:</numerusform>
            <numerusform>%n task statements of the exam guide have no question from your notes. Study them from the AWS documentation too:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::StatsCharts</name>
    <message numerus="yes">
        <source>Due forecast, next %Ln day(s)</source>
        <translation>
            <numerusform>Due forecast, next %Ln day</numerusform>
            <numerusform>Due forecast, next %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reviews in the last %Ln day(s)</source>
        <translation>
            <numerusform>No reviews in the last %Ln day</numerusform>
            <numerusform>No reviews in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln review(s) (Again %2, Hard %3, Good %4, Easy %5)</source>
        <translation>
            <numerusform>%1: %Ln review (Again %2, Hard %3, Good %4, Easy %5)</numerusform>
            <numerusform>%1: %Ln reviews (Again %2, Hard %3, Good %4, Easy %5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No cards due in the next %Ln day(s)</source>
        <translation>
            <numerusform>No cards due in the next %Ln day</numerusform>
            <numerusform>No cards due in the next %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln card(s) due, overdue cards included</source>
        <translation>
            <numerusform>Today: %Ln card due, overdue cards included</numerusform>
            <numerusform>Today: %Ln cards due, overdue cards included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s) due</source>
        <translation>
            <numerusform>%1: %Ln card due</numerusform>
            <numerusform>%1: %Ln cards due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of review-card grades recalled (Hard, Good or Easy). Overall: %1 of %Ln grade(s).</source>
        <translation>
            <numerusform>Share of review-card grades recalled (Hard, Good or Easy). Overall: %1 of %Ln grade.</numerusform>
            <numerusform>Share of review-card grades recalled (Hard, Good or Easy). Overall: %1 of %Ln grades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No review-card grades in the last %Ln day(s)</source>
        <translation>
            <numerusform>No review-card grades in the last %Ln day</numerusform>
            <numerusform>No review-card grades in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln grade(s) recalled (%3)</source>
        <translation>
            <numerusform>%1: %2 of %Ln grade recalled (%3)</numerusform>
            <numerusform>%1: %2 of %Ln grades recalled (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s) (%2)</source>
        <translation>
            <numerusform>%1: %Ln card (%2)</numerusform>
            <numerusform>%1: %Ln cards (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No study time in the last %Ln day(s)</source>
        <translation>
            <numerusform>No study time in the last %Ln day</numerusform>
            <numerusform>No study time in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %Ln day(s)</source>
        <translation>
            <numerusform>Current streak: %Ln day</numerusform>
            <numerusform>Current streak: %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest: %Ln day(s)</source>
        <translation>
            <numerusform>Longest: %Ln day</numerusform>
            <numerusform>Longest: %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%4 of %Ln right), passed</source>
        <translation>
            <numerusform>%1, %2: %3 (%4 of %Ln right), passed</numerusform>
            <numerusform>%1, %2: %3 (%4 of %Ln right), passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%4 of %Ln right), not passed</source>
        <translation>
            <numerusform>%1, %2: %3 (%4 of %Ln right), not passed</numerusform>
            <numerusform>%1, %2: %3 (%4 of %Ln right), not passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of answers right per domain, last %Ln day(s); dashed: the share that passes.</source>
        <translation>
            <numerusform>Share of answers right per domain, last %Ln day; dashed: the share that passes.</numerusform>
            <numerusform>Share of answers right per domain, last %Ln days; dashed: the share that passes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %1 questions answered in the last %Ln day(s)</source>
        <translation>
            <numerusform>No %1 questions answered in the last %Ln day</numerusform>
            <numerusform>No %1 questions answered in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln right (%3), %4 of the exam</source>
        <translation>
            <numerusform>%1: %2 of %Ln right (%3), %4 of the exam</numerusform>
            <numerusform>%1: %2 of %Ln right (%3), %4 of the exam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::TodayPage</name>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Longest streak: %n day</numerusform>
            <numerusform>Longest streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n answer(s) in the last 90 days</source>
        <translation>
            <numerusform>From %n answer in the last 90 days</numerusform>
            <numerusform>From %n answers in the last 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) studied</source>
        <translation>
            <numerusform>%n card studied</numerusform>
            <numerusform>%n cards studied</numerusform>
        </translation>
    </message>
</context>
</TS>
