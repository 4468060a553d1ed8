; examdesk's Windows installer: NSIS 3, Modern UI 2, in Dutch and English.
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=C:\path\to\dist\examdesk [/DVERSION_NUMERIC=0.1.0.0]
;            [/DOUTFILE=...] [/DNOCOMPRESS] installer.nsi
;
; BUNDLE is the one-folder bundle that PyInstaller built from packaging/examdesk.spec, as an absolute
; path (makensis runs from the repository root, where this script lives). packaging/build --installer
; passes all of these (CONTRIBUTING.md, "Releasing"). For school IT:
;
;   examdesk-0.1.0-setup.exe /S [/DESKTOP] [/D=C:\Path\To\examdesk]    silent install (for all users)
;   "C:\Program Files\examdesk\uninstall.exe" /S                        silent removal
;
; /D must come last and without quotes (an NSIS rule). The data folder (each user's
; %LOCALAPPDATA%\examdesk: the database, its backups, the keys) is never touched, not even by the
; uninstaller: exam records outlive the program.

Unicode true
ManifestDPIAware true
!ifdef NOCOMPRESS
  SetCompress off  ; the packaging check only proves that the script compiles against a bundle
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z ..."
!endif
!ifndef BUNDLE
  !error "Pass the bundle folder PyInstaller built: makensis /DBUNDLE=dist\examdesk ..."
!endif
!ifndef VERSION_NUMERIC
  !define VERSION_NUMERIC "${VERSION}.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "examdesk-${VERSION}-setup.exe"
!endif

!define APP_NAME "examdesk"
!define APP_ID "nl.examdesk.examdesk"
!define PUBLISHER "examdesk developers"
!define MAIN_EXE "examdesk.exe"
!define CLI_EXE "examdesk-cli.exe"
!define UNINSTALL_EXE "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

; --- pages ---------------------------------------------------------------------------------------
!define MUI_ICON "resources/icons/examdesk.ico"
!define MUI_UNICON "resources/icons/examdesk.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
; The language chosen at install time is offered again by the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(FINISH_TEXT)"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UNINSTALL_KEEPS_DATA)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows speaks neither.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SECTION_PROGRAM ${LANG_DUTCH} "examdesk (programma en snelkoppeling in het Startmenu)"
LangString SECTION_PROGRAM ${LANG_ENGLISH} "examdesk (program and Start menu shortcut)"
LangString SECTION_DESKTOP ${LANG_DUTCH} "Snelkoppeling op het bureaublad"
LangString SECTION_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString NEEDS_64BIT ${LANG_DUTCH} "examdesk werkt alleen op een 64-bits versie van Windows."
LangString NEEDS_64BIT ${LANG_ENGLISH} "examdesk needs a 64-bit version of Windows."
LangString FINISH_TEXT ${LANG_DUTCH} "examdesk ${VERSION} is geïnstalleerd voor alle gebruikers van deze computer. Bij de eerste start vraagt examdesk om het eerste beheerdersaccount.$\r$\n$\r$\nControleren of de installatie werkt kan met: examdesk-cli self-test"
LangString FINISH_TEXT ${LANG_ENGLISH} "examdesk ${VERSION} is installed for all users of this computer. On its first start examdesk asks for the first beheerder account.$\r$\n$\r$\nTo check the installation, run: examdesk-cli self-test"
LangString UNINSTALL_KEEPS_DATA ${LANG_DUTCH} "Het programma wordt verwijderd. De gegevens van examdesk (de database met het proces-verbaal, de back-ups en de sleutels in de map examdesk onder AppData\Local van elke gebruiker) blijven staan."
LangString UNINSTALL_KEEPS_DATA ${LANG_ENGLISH} "The program will be removed. examdesk's data (the database with the record, its backups and the keys, in the examdesk folder under each user's AppData\Local) stays where it is."

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} ${VERSION} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "EUPL-1.2"

; --- install -------------------------------------------------------------------------------------
Section "!$(SECTION_PROGRAM)" SecProgram
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An update replaces the previous version's program files completely (never the data folder).
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}/*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALL_EXE}"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${MAIN_EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALL_EXE}"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALL_EXE}" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SECTION_DESKTOP)" SecDesktop
  SetShellVarContext all
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0
SectionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; An update goes where the previous version is, unless /D chose a folder.
  ReadRegStr $R2 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R2 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\${APP_NAME}"
    StrCpy $INSTDIR $R2
  ${EndIf}
  ; /DESKTOP on the command line adds the desktop shortcut (for a silent install).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; --- uninstall -----------------------------------------------------------------------------------
Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put there: the data folder lives elsewhere and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${MAIN_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALL_EXE}"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
