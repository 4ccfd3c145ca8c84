# ctest translations.complete: the .ts files translate every string the sources have, and well.
# cmake -DLUPDATE=<lupdate> -DCHECKER=<certdeck_check_ts> -DTS_DIR=<translations> -DWORK_DIR=<scratch dir>
#       -DPROJECT_GENERATOR=<Qt's GenerateLUpdateProject.cmake> -DPROJECT=<.lupdate/certdeck_project.cmake>
#       -DPROJECT_EN=<.lupdate/certdeck_ui_project.cmake> -P CheckTranslations.cmake
# (the lupdate projects qt_add_translations writes: the same sources and include paths as update_translations)
# 1. certdeck_check_ts on the committed files: unfinished, empty or obsolete messages, wrong plural forms,
#    placeholders that differ from the source's.
# 2. lupdate, as update_translations runs it, on copies: if that changes a file, a string in the sources is
#    missing from it (the learner would read it in English); the new messages are listed.
foreach(var LUPDATE CHECKER TS_DIR WORK_DIR PROJECT_GENERATOR PROJECT PROJECT_EN)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${var}=...")
    endif()
endforeach()

set(languages de es ja)
set(committed)
foreach(lang IN LISTS languages ITEMS en)
    list(APPEND committed ${TS_DIR}/certdeck_${lang}.ts)
endforeach()
execute_process(COMMAND ${CHECKER} ${committed} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "translations: the problems above must be fixed in ${TS_DIR}")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copies)
foreach(lang IN LISTS languages)
    configure_file(${TS_DIR}/certdeck_${lang}.ts ${WORK_DIR}/certdeck_${lang}.ts COPYONLY)
    list(APPEND copies ${WORK_DIR}/certdeck_${lang}.ts)
endforeach()
configure_file(${TS_DIR}/certdeck_en.ts ${WORK_DIR}/certdeck_en.ts COPYONLY)
foreach(project PROJECT PROJECT_EN)
    execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${${project}} -DOUT_FILE=${WORK_DIR}/${project}.json
        -P ${PROJECT_GENERATOR} RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "translations: cannot make the lupdate project from ${${project}}")
    endif()
endforeach()
# lupdate's warnings about classes it cannot resolve are the same as update_translations prints: not shown.
execute_process(COMMAND ${LUPDATE} -silent -project ${WORK_DIR}/PROJECT.json -no-obsolete -locations none
    -ts ${copies} RESULT_VARIABLE status ERROR_QUIET)
execute_process(COMMAND ${LUPDATE} -silent -project ${WORK_DIR}/PROJECT_EN.json -pluralonly -no-obsolete
    -locations none -ts ${WORK_DIR}/certdeck_en.ts RESULT_VARIABLE status_en ERROR_QUIET)
if(NOT status EQUAL 0 OR NOT status_en EQUAL 0)
    message(FATAL_ERROR "translations: lupdate failed")
endif()
set(stale)
foreach(lang IN LISTS languages ITEMS en)
    file(READ ${TS_DIR}/certdeck_${lang}.ts before)
    file(READ ${WORK_DIR}/certdeck_${lang}.ts after)
    if(NOT before STREQUAL after)
        list(APPEND stale ${WORK_DIR}/certdeck_${lang}.ts)
    endif()
endforeach()
if(stale)
    execute_process(COMMAND ${CHECKER} ${stale})
    message(FATAL_ERROR "translations: the sources have strings these files lack (listed above, in the files "
                        "lupdate updated under ${WORK_DIR}); run `cmake --build --preset release --target "
                        "update_translations` and translate them")
endif()
message(STATUS "translations: de, es, ja and en complete for every string in the sources")
