; Inno Setup script for Packstation on Windows (Inno Setup 6).
;
; Build the bundle first, on Windows, then compile this script from the repository root:
;     python installer\build.py --smoke
;     iscc /DAppVersion=0.1.0 installer\windows\packstation.iss
; The version must be pyproject.toml's ([project] version); the result is
; dist\packstation-<version>-setup.exe.
;
; What it does: a per-machine install into Program Files, a Start-menu entry (and one for training
; mode), an uninstaller in "Apps & features", and upgrade in place: running a newer setup over an
; installed one replaces the program files and keeps everything else.
;
; Nothing the station writes lives in the install folder, so an upgrade or an uninstall never
; touches it:
;   - settings, journal, labels: %LOCALAPPDATA%\Packstation\ (platformdirs, per Windows user)
;   - logs:                      %LOCALAPPDATA%\Packstation\Logs\
;   - API keys:                  Windows Credential Manager, "packstation.sendcloud" (keyring)
; (or wherever PACKSTATION_HOME points). The uninstaller deliberately leaves them: removing the
; journal would lose the record of which orders were shipped. Delete them by hand to wipe a station.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<pyproject.toml version> installer\windows\packstation.iss
#endif

[Setup]
; Fixed for ever: Windows finds the installed copy by this id, which is what makes a newer setup
; upgrade in place instead of installing a second copy. Never change or reuse it.
AppId={{BACC2220-C113-4D56-9735-0AB2CA0BC734}
AppName=Packstation
AppVersion={#AppVersion}
AppVerName=Packstation {#AppVersion}
AppPublisher=Packstation
DefaultDirName={autopf}\Packstation
DefaultGroupName=Packstation
DisableProgramGroupPage=yes
; Per machine: every packer's Windows account on the station gets the same program.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; PySide6 6.7+ needs Windows 10 or newer.
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=packstation-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\packstation.ico
UninstallDisplayIcon={app}\packstation-gui.exe
UninstallDisplayName=Packstation
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running Packstation first (its files are in use) and restarts it afterwards.
CloseApplications=yes
RestartApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's library folder whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\packstation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Packstation"; Filename: "{app}\packstation-gui.exe"
Name: "{group}\Packstation (training)"; Filename: "{app}\packstation-gui.exe"; Parameters: "--training"
Name: "{autodesktop}\Packstation"; Filename: "{app}\packstation-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\packstation-gui.exe"; Description: "{cm:LaunchProgram,Packstation}"; Flags: nowait postinstall skipifsilent
