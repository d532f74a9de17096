; Inno Setup script for desktop_nn (Inno Setup 6.3 or newer).
;
; Build the one-folder bundle first (pyinstaller packaging\desktop_nn.spec), then:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\desktop-nn packaging\windows\desktop_nn.iss
; Relative paths below are relative to this file. The installer lands in packaging\out\.
;
; What it does: installs the bundle to Program Files (or the user's programs folder when run
; without admin rights), a Start-menu entry, an optional desktop icon, opens .dnn projects with
; desktop_nn (optional task, on by default), and registers an uninstaller that removes all of it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\desktop-nn"
#endif
#define AppName "desktop_nn"
#define AppExeName "desktop-nn.exe"
#define ProgId "desktop_nn.project"

[Setup]
; AppId identifies the application for upgrades and the uninstaller: never change it.
AppId={{775D306C-C406-4C1F-A9EB-260BB66EB4B6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=desktop_nn developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Students often have no admin rights: install per user then, per machine when elevated.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\desktop-nn.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\out
OutputBaseFilename=desktop-nn-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open desktop_nn projects (.dnn) with desktop_nn"; GroupDescription: "File types:"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Neural networks, live and step by step"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; .dnn -> desktop_nn.project (HKA: HKLM when installing for all users, HKCU otherwise).
Root: HKA; Subkey: "Software\Classes\.dnn\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "desktop_nn project"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".dnn"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
