# The one INTERFACE target that carries the language level, warnings and Qt strictness
# defines. Every target of the project links it; nothing sets flags any other way.
add_library(smsrouter_options INTERFACE)
target_compile_features(smsrouter_options INTERFACE cxx_std_20)
target_compile_options(smsrouter_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${SMSROUTER_WERROR}>:-Werror>)
# The fuzz preset instruments everything for libFuzzer's coverage and checks it with ASan/UBSan.
if(SMSROUTER_FUZZ)
    target_compile_options(smsrouter_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                       -fno-omit-frame-pointer)
    target_link_options(smsrouter_options INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(smsrouter_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SMSROUTER_VERSION="${PROJECT_VERSION}")
