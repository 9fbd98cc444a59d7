#include "clock.h"

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}
