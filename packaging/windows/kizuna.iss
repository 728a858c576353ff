; Inno Setup script for Kizuna Desktop on Windows (Inno Setup 6: iscc packaging\windows\kizuna.iss
; after PyInstaller has left dist\kizuna\). Installs for the current user by default (no admin
; rights needed), adds the Start menu entry, and registers .kizuna journals to open with the app.
; The version must be kizuna_desktop/__init__.py's: pass it as iscc /DAppVersion=0.1.0
; (tests/test_packaging.py checks the default below matches).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0C7B3A-2F5D-4C1B-9A7E-4B1D2C3E5F60}
AppName=Kizuna Desktop
AppVersion={#AppVersion}
AppPublisher=The Kizuna Desktop team
DefaultDirName={autopf}\Kizuna Desktop
DefaultGroupName=Kizuna Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=KizunaDesktop-{#AppVersion}-setup
SetupIconFile=kizuna.ico
UninstallDisplayIcon={app}\kizuna.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[Files]
Source: "..\..\dist\kizuna\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Kizuna Desktop"; Filename: "{app}\kizuna.exe"; Parameters: "--demo-if-missing"
Name: "{autodesktop}\Kizuna Desktop"; Filename: "{app}\kizuna.exe"; Parameters: "--demo-if-missing"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; .kizuna -> Kizuna.Journal -> kizuna.exe --db "%1"
Root: HKA; Subkey: "Software\Classes\.kizuna"; ValueType: string; ValueData: "Kizuna.Journal"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Kizuna.Journal"; ValueType: string; ValueData: "Kizuna journal"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Kizuna.Journal\DefaultIcon"; ValueType: string; ValueData: "{app}\kizuna.exe,0"
Root: HKA; Subkey: "Software\Classes\Kizuna.Journal\shell\open\command"; ValueType: string; ValueData: """{app}\kizuna.exe"" --db ""%1"""

[Run]
Filename: "{app}\kizuna.exe"; Parameters: "--demo-if-missing"; Description: "{cm:LaunchProgram,Kizuna Desktop}"; Flags: nowait postinstall skipifsilent
