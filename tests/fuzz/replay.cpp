// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The main() of a fuzz target when it is not built for libFuzzer: feeds it every file of the
// folders (or the files) named on the command line, once each. ctest runs it over the target's
// corpus, so the inputs that once found a bug, and the seeds, stay tested on every build.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool feed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int inputs = 0;
    for (const QString &argument : QCoreApplication::arguments().mid(1)) {
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (!feed(it.next()))
                    return 1;
                ++inputs;
            }
        } else {
            if (!feed(argument))
                return 1;
            ++inputs;
        }
    }
    // The empty input, always: the first thing a fuzzer tries.
    LLVMFuzzerTestOneInput(nullptr, 0);
    std::printf("%d inputs replayed, every invariant held\n", inputs + 1);
    return inputs > 0 ? 0 : 1;
}
