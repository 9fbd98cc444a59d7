// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The main() of each folder's test program: `testcore testmoney [Qt Test options…]` runs one
// class; `testcore --list` names them all. See testprogram.h.
#include "testprogram.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace {

std::map<std::string, testprogram::Runner> &registry()
{
    static std::map<std::string, testprogram::Runner> runners;
    return runners;
}

std::string lowerCase(const char *text)
{
    std::string lower(text);
    for (char &c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

int usage(const char *program)
{
    std::fprintf(stderr, "usage: %s TEST [Qt Test options]\n       %s --list\ntests:", program, program);
    for (const auto &entry : registry())
        std::fprintf(stderr, " %s", entry.first.c_str());
    std::fprintf(stderr, "\n");
    return 2;
}

} // namespace

bool testprogram::add(const char *className, Runner runner)
{
    const bool added = registry().emplace(lowerCase(className), runner).second;
    if (!added) {
        std::fprintf(stderr, "test class %s registered twice\n", className);
        std::abort();
    }
    return true;
}

int main(int argc, char *argv[])
{
    if (argc < 2)
        return usage(argv[0]);
    if (std::strcmp(argv[1], "--list") == 0) {
        for (const auto &entry : registry())
            std::printf("%s\n", entry.first.c_str());
        return 0;
    }
    const auto found = registry().find(argv[1]);
    if (found == registry().end()) {
        std::fprintf(stderr, "%s: no test named %s\n", argv[0], argv[1]);
        return usage(argv[0]);
    }
    // The class sees the program name and its own options, as if it were the whole program.
    std::vector<char *> arguments {argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    arguments.push_back(nullptr);
    int count = argc - 1;
    return found->second(count, arguments.data());
}
