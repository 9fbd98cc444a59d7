# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# Debian's libphonenumber-dev ships neither a CMake config nor a pkg-config file
# (platform-notes §3), so this module finds the header and library and wraps them in an
# imported target. Its public headers include protobuf-generated code, hence the link.
find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber)
find_package(Protobuf QUIET)

# No version header either: the library's file name says it (libphonenumber.so.8.12 → 8.12).
if(PhoneNumber_LIBRARY)
    get_filename_component(_phonenumber_real "${PhoneNumber_LIBRARY}" REALPATH)
    string(REGEX MATCH "\\.so\\.([0-9.]+)$" _phonenumber_match "${_phonenumber_real}")
    set(PhoneNumber_VERSION "${CMAKE_MATCH_1}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR Protobuf_FOUND)

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES protobuf::libprotobuf)
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY)
