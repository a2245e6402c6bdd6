# SPDX-License-Identifier: GPL-3.0-or-later
# Compile settings hang on one INTERFACE target that every target of ours links, never on directories.

add_library(continuum_compile_settings INTERFACE)
add_library(Continuum::CompileSettings ALIAS continuum_compile_settings)

target_compile_options(continuum_compile_settings INTERFACE
    -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
if(CONTINUUM_WERROR)
    target_compile_options(continuum_compile_settings INTERFACE -Werror)
endif()

target_compile_definitions(continuum_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER)

if(CONTINUUM_SANITIZE)
    target_compile_options(continuum_compile_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(continuum_compile_settings INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing (tests/fuzz): everything of ours, core included, carries the coverage instrumentation libFuzzer
# steers by, plus ASan and UBSan so that a memory error or undefined behaviour stops the run with the input
# that caused it. Only the fuzz executables link libFuzzer itself (-fsanitize=fuzzer, in tests/fuzz).
if(CONTINUUM_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CONTINUUM_FUZZ needs clang (libFuzzer); configure with the \"fuzz\" preset")
    endif()
    target_compile_options(continuum_compile_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(continuum_compile_settings INTERFACE -fsanitize=address,undefined)
endif()
