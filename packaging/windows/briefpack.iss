; Inno Setup script: a Windows installer for the one-folder bundle in dist\briefpack.
;
; On Windows, from the repository root, after building the bundle (docs/packaging.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\briefpack.iss
; writes dist\Briefpack-0.1.0-setup.exe. Installs per user by default (no administrator
; needed); the installer offers "for all users" when run as administrator.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Briefpack"
#define AppExe "briefpack-app.exe"
#define BundleDir "..\..\dist\briefpack"

[Setup]
; A fixed AppId keeps upgrades and uninstall working across versions: never change it.
AppId={{6F1C2B7E-5A43-4E8B-9C1D-2B7A0E4F9D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Briefpack developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\briefpack.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename=Briefpack-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: briefpack.exe (command line), briefpack-app.exe (desktop app), _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries instead of leaving old ones beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
