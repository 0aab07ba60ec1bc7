# What `cmake --install` puts under the prefix, and the Debian package `cpack -G DEB` makes of
# it. Included by the top-level CMakeLists.txt after the acctmgr target.
include(GNUInstallDirs)

# Completion scripts come from the built binary (`acctmgr completions SHELL`), so that they
# cannot drift from its commands, options and vocabularies.
set(ACCTMGR_COMPLETION_DIR ${CMAKE_CURRENT_BINARY_DIR}/completions)
set(ACCTMGR_COMPLETIONS bash acctmgr zsh _acctmgr fish acctmgr.fish)
set(ACCTMGR_COMPLETION_FILES)
while(ACCTMGR_COMPLETIONS)
  list(POP_FRONT ACCTMGR_COMPLETIONS shell file)
  add_custom_command(
    OUTPUT ${ACCTMGR_COMPLETION_DIR}/${file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${ACCTMGR_COMPLETION_DIR}
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:acctmgr>;completions;${shell}"
            -DOUTPUT=${ACCTMGR_COMPLETION_DIR}/${file} -P ${PROJECT_SOURCE_DIR}/cmake/run_to_file.cmake
    DEPENDS acctmgr ${PROJECT_SOURCE_DIR}/cmake/run_to_file.cmake
    COMMENT "Generating the ${shell} completion"
    VERBATIM)
  list(APPEND ACCTMGR_COMPLETION_FILES ${ACCTMGR_COMPLETION_DIR}/${file})
endwhile()
add_custom_target(acctmgr_completions ALL DEPENDS ${ACCTMGR_COMPLETION_FILES})

install(TARGETS acctmgr RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES man/acctmgr.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES man/acctmgr-format.5 DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
install(FILES ${ACCTMGR_COMPLETION_DIR}/acctmgr
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${ACCTMGR_COMPLETION_DIR}/_acctmgr
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${ACCTMGR_COMPLETION_DIR}/acctmgr.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
# The examples' modeline points at ../schema/acctmgr.schema.json: installed beside them.
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples USE_SOURCE_PERMISSIONS)
install(FILES schema/acctmgr.schema.json DESTINATION ${CMAKE_INSTALL_DOCDIR}/schema)

# The licence: Debian's machine-readable copyright file, made from LICENSE
# (/usr/share/doc/acctmgr/copyright; its text lines indented by one space, blank ones " .").
file(STRINGS LICENSE ACCTMGR_LICENSE_LINES)
list(SUBLIST ACCTMGR_LICENSE_LINES 2 1 ACCTMGR_COPYRIGHT_LINE)
string(REGEX REPLACE "^Copyright \\(c\\) " "" ACCTMGR_COPYRIGHT "${ACCTMGR_COPYRIGHT_LINE}")
list(SUBLIST ACCTMGR_LICENSE_LINES 4 -1 ACCTMGR_LICENSE_BODY)
set(ACCTMGR_DEB_COPYRIGHT "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: acctmgr

Files: *
Copyright: ${ACCTMGR_COPYRIGHT}
License: MIT
")
foreach(line IN LISTS ACCTMGR_LICENSE_BODY)
  if(line STREQUAL "")
    string(APPEND ACCTMGR_DEB_COPYRIGHT " .\n")
  else()
    string(APPEND ACCTMGR_DEB_COPYRIGHT " ${line}\n")
  endif()
endforeach()
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/copyright "${ACCTMGR_DEB_COPYRIGHT}")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# `cpack -G DEB` in the build directory (`make deb`). dpkg-shlibdeps (package dpkg-dev) finds
# the runtime libraries the binary links (libyaml-cpp, libfmt, libstdc++, libc) and writes
# Depends with their versions.
set(CPACK_PACKAGE_NAME acctmgr)
set(CPACK_PACKAGE_VENDOR "acctmgr maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "client account health, growth and bonus from YAML portfolio files")
set(CPACK_PACKAGE_DESCRIPTION
    "acctmgr reads account managers' portfolio files (clients, monthly revenue, cost,\n\
wallet estimates, stakeholders and contacts) and reports growth, share of wallet, margin,\n\
contact coverage, forecast, pipeline and the bonus, with findings for CI.")
# Whoever builds a package for others names themselves: -DACCTMGR_MAINTAINER="Name <email>".
# The default is the project's maintainers, whose address is the one its commits carry.
set(ACCTMGR_MAINTAINER
    "acctmgr maintainers <maintainers@users.noreply.r-seed-c1df0394.example>"
    CACHE STRING "Maintainer field of the Debian package: NAME <EMAIL>")
if(NOT ACCTMGR_MAINTAINER MATCHES "^[^<>]+ <[^<>@ ]+@[^<>@ ]+>$")
  message(FATAL_ERROR "ACCTMGR_MAINTAINER must read NAME <EMAIL>, not '${ACCTMGR_MAINTAINER}'")
endif()
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ACCTMGR_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
include(CPack)
