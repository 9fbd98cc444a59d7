#!/usr/bin/env python3
"""Writes the CSV fixtures of tests/core/testcsvreader.cpp, byte for byte as the named programs
export them. The files are committed; run this again only to change them."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Excel (365, Windows) "CSV UTF-8 (Comma delimited)": BOM, CRLF between records, a cell's own
# line breaks (Alt+Enter) stay LF, quotes only where needed.
write("excel-csv-utf8.csv", "\ufeff".encode("utf-8") + (
    "Nome,Telemóvel,Cidade,Notas\r\n"
    "José Conceição,+351 912 345 678,Lisboa,\r\n"
    "Françoise Müller,+33 6 12 34 56 78,\"Paris, 15e\",\"Cliente \"\"VIP\"\"\"\r\n"
    "Zoë Ørsted,0049 1512 3456789,Köln,\"Linha 1\nLinha 2\"\r\n"
    "Ana Sá,912345678,Porto,\"€ 12,50\"\r\n"
).encode("utf-8"))

# Excel in a Portuguese/French locale, "CSV (separado por vírgulas)": the list separator is ';',
# the ANSI code page windows-1252 (€ is 0x80), decimal commas, CRLF, no BOM.
write("excel-semicolon-1252.csv", (
    "Nome;Telemóvel;Localidade;Saldo\r\n"
    "João Gonçalves;912 345 678;Évora;12,50\r\n"
    "Inês Araújo;+351 936 543 210;Setúbal;€ 7,00\r\n"
    "Cédric François;0033 612345678;Besançon;-3,20\r\n"
).encode("cp1252"))

# Excel "Unicode Text (*.txt)": UTF-16LE with BOM, TAB separated, CRLF.
write("excel-unicode-text.txt", "\ufeff".encode("utf-16-le") + (
    "Name\tMobile\tNote\r\n"
    "Дмитрий Иванов\t+7 912 345-67-89\t\r\n"
    "שרה כהן\t+972 52 123 4567\t\"line one\nline two\"\r\n"
    "王小明\t+86 138 0013 8000\t😀 ok\r\n"
).encode("utf-16-le"))

# Google Contacts, "Google CSV" (the long-standing layout): UTF-8, no BOM, comma; several values
# in one cell are joined with " ::: ".
GOOGLE_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,"
    "Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,"
    "Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Phone 2 - Type,Phone 2 - Value"
)


def google_row(name, given, family, notes, email, phone1, phone2=("", "")):
    fields = [""] * 35
    fields[0], fields[1], fields[3] = name, given, family
    fields[25] = notes
    fields[28] = "* myContacts"
    fields[29], fields[30] = ("* Home", email) if email else ("", "")
    fields[31], fields[32] = phone1
    fields[33], fields[34] = phone2
    return ",".join(fields) + "\n"


write("google-contacts.csv", (
    GOOGLE_HEADER + "\n"
    + google_row("Ana Silva", "Ana", "Silva", "", "ana@example.com", ("Mobile", "+351 912 345 678"),
                 ("Work", "+351 213 456 789"))
    + google_row("Rui Costa", "Rui", "Costa", "\"Met at the fair\nCall after 18h\"", "",
                 ("Mobile", "+351 912 000 111 ::: +351 936 000 222"))
    + google_row("Maria", "Maria", "", "", "maria@example.com", ("", ""))
).encode("utf-8"))

# Google Contacts export since 2023 ("First Name, … Labels, … Phone 1 - Label").
write("google-contacts-2024.csv", (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
    "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
    "Ana,,Silva,,,,,,,,,,,,,,* myContacts,* Home,ana@example.com,Mobile,+351 912 345 678\n"
    "Rui,,Costa,,,,,,,,ACME,,,,,,* myContacts ::: Clientes,,,Mobile,+351 936 000 222\n"
).encode("utf-8"))

# LibreOffice Calc "Text CSV" with its defaults: UTF-8 (no BOM), comma, LF, cells quoted only when
# they hold a comma, a quote or a line break.
write("libreoffice-quoted.csv", (
    "phone,name,address,comment\n"
    "+351912345678,\"Silva, Ana\",\"Rua Augusta, 10\n1100-053 Lisboa\",\n"
    "+351936543210,Bea,\"Av. da Liberdade, 200\",\"She said \"\"call me\"\", twice\"\n"
    "+351213456789,Carlos,,\"multi\nline\nnote\"\n"
).encode("utf-8"))

# Excel 2011 for Mac "CSV (Macintosh)": records end with a lone CR (peers.md: playSMS#592 read
# only the first line of such files).
write("mac-classic-cr.csv", (
    "phone,name\r"
    "+351912345678,Ana\r"
    "+351936543210,Bea\r"
    "+351213456789,Carlos\r"
).encode("ascii"))

# Hebrew Excel, ANSI code page windows-1255 (playSMS#304); read with the encoding named.
write("hebrew-1255.csv", (
    "שם,טלפון\r\n"
    "שרה כהן,+972 52 123 4567\r\n"
    "דוד לוי,+972 54 765 4321\r\n"
).encode("cp1255"))

# Russian Excel, windows-1251 (playSMS#491, Cyrillic sent from a file); read with the encoding named.
write("cyrillic-1251.csv", (
    "Имя;Телефон\r\n"
    "Дмитрий;+7 912 345 67 89\r\n"
    "Ольга;+7 903 111 22 33\r\n"
).encode("cp1251"))

# One file with every kind of damage, for exact reject line numbers.
write("malformed.csv", "\ufeff".encode("utf-8") + (
    "phone,name\n"                       # 1 header
    "+351912345678,Ana\n"                # 2 ok
    "\n"                                 # 3 blank
    "+351912345679,\"Bea\n"              # 4 quote never closed (runs into line 6's quotes)
    "+351912345680,Carlos,extra\n"       # 5 too many fields
    "+351912345681,\"Dina\"x\n"          # 6 text after the closing quote
    "+351912345682,Eva \"Evinha\" Reis\n"  # 7 ok: a quote inside an unquoted field is literal
    "+351912345683\n"                    # 8 too few fields
    "+351912345684,Fil\xffipa\n"         # 9 invalid UTF-8 (patched below)
    "+351912345685,\"Gil\nGomes\"\n"     # 10-11 ok, two lines
    "+351912345686,Hugo\n"               # 12 ok
).encode("utf-8").replace("\xff".encode("utf-8"), b"\xff"))
