#include "strata/TaskControl.h"

namespace strata {

void TaskControl::report(qint64 done, qint64 total, const QString &step)
{
    if (!m_onProgress)
        return;
    QMutexLocker lock(&m_mutex);
    m_onProgress(done, total, step);
}

} // namespace strata
