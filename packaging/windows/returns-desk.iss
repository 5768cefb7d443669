; Inno Setup script: the Windows installer around the PyInstaller bundle.
; Built on a Windows runner (.github/workflows/installers.yml) after `python packaging/build.py bundle`:
;   iscc /DAppVersion=0.1.0 packaging\windows\returns-desk.iss
; Installs for all users under Program Files, adds a Start menu entry (and, if asked, a desktop icon), and puts
; the folder on PATH so `returns-desk self-test` works from a terminal. Uninstalling removes the program only:
; each user's data (%LOCALAPPDATA%\returns-desk) and settings stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0E3C55-8E55-4C5B-9C1E-2E4F1F3D7A11}
AppName=Returns Desk
AppVersion={#AppVersion}
AppPublisher=Returns Desk
DefaultDirName={autopf}\Returns Desk
DefaultGroupName=Returns Desk
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=returns-desk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\returns-desk.ico
UninstallDisplayIcon={app}\returns-desk-window.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
ChangesEnvironment=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\returns-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Returns Desk"; Filename: "{app}\returns-desk-window.exe"
Name: "{autodesktop}\Returns Desk"; Filename: "{app}\returns-desk-window.exe"; Tasks: desktopicon

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\returns-desk-window.exe"; Description: "{cm:LaunchProgram,Returns Desk}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_LOCAL_MACHINE, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
