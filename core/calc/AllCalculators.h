#pragma once

// One function per calculator file; calculators() lists them in this order.
#include "calc/Calculator.h"

namespace certdeck::calc {

const Calculator& dynamoDbCapacity();
const Calculator& dynamoDbPartitions();
const Calculator& vpcSubnets();
const Calculator& ebsGp2();
const Calculator& lambdaCost();
const Calculator& lambdaConcurrency();
const Calculator& kinesisShards();
const Calculator& sqsThroughput();
const Calculator& s3Prefixes();

} // namespace certdeck::calc
