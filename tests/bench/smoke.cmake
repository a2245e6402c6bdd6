# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the benchmark from rotting: runs it on the small caseload with few repetitions and checks that
# every scenario reported figures on both sides. No time is judged here; timings are read by people.
# Usage: cmake -DBENCH=<bench_caseload> -DOUT=<json file> -P smoke.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE "${OUT}")
execute_process(COMMAND "${BENCH}" --size small --reps 3 --json "${OUT}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE table ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_caseload failed (${rc}):\n${err}")
endif()
message(STATUS "${table}")
file(READ "${OUT}" json)

set(expected kdf unlock listCold listWarm searchKeystroke clientPage readinessTrend saveDraft sign summaryPdf
    reportQuarter reportFiveYears saveContact contactsFirstPage todayContacts backup backupOnline backupSnapshot
    copyFloor)
set(comparedSideBySide unlock listCold listWarm searchKeystroke clientPage readinessTrend saveDraft sign summaryPdf
    reportQuarter reportFiveYears saveContact contactsFirstPage todayContacts backupSnapshot)
string(JSON count LENGTH "${json}" results)
set(seen "")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON key GET "${json}" results ${i} key)
    string(JSON median GET "${json}" results ${i} encryptedMedianMs)
    if(NOT median GREATER 0)
        message(FATAL_ERROR "${key}: no encrypted time (${median})")
    endif()
    if(key IN_LIST comparedSideBySide)
        string(JSON plain ERROR_VARIABLE missing GET "${json}" results ${i} plainMedianMs)
        if(missing OR NOT plain GREATER 0)
            message(FATAL_ERROR "${key}: no unencrypted time beside the encrypted one")
        endif()
    endif()
    list(APPEND seen ${key})
endforeach()
foreach(key IN LISTS expected)
    if(NOT key IN_LIST seen)
        message(FATAL_ERROR "scenario ${key} is missing from the results")
    endif()
endforeach()
foreach(field peakAfterUnlockMb peakWithKeyDerivationMb)
    string(JSON mb GET "${json}" memory ${field})
    if(NOT mb GREATER 1)
        message(FATAL_ERROR "memory ${field} was not measured (${mb})")
    endif()
endforeach()
