#include "calc/AllCalculators.h"

namespace certdeck::calc {

const QList<const Calculator*>& calculators()
{
    static const QList<const Calculator*> all{&dynamoDbCapacity(), &dynamoDbPartitions(), &ebsGp2(),
                                              &lambdaCost(),       &lambdaConcurrency(),  &kinesisShards(),
                                              &sqsThroughput(),    &s3Prefixes(),         &vpcSubnets()};
    return all;
}

const Calculator* calculator(const QString& id)
{
    for (const Calculator* c : calculators()) {
        if (c->id() == id) {
            return c;
        }
    }
    return nullptr;
}

} // namespace certdeck::calc
