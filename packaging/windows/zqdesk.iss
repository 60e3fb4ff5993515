; Inno Setup 6 script for the zqdesk Windows installer (build-windows.ps1 passes the defines).
;   iscc /DAppVersion=0.1.0 /DBundleDir=dist\windows\zqdesk /DOutputDir=dist\windows /DRepoDir=. packaging\windows\zqdesk.iss
; Installs the one-folder bundle under Program Files (all users; or per user with /CURRENTUSER),
; adds Start-menu and optional desktop shortcuts, puts zqdesk-cli on the PATH for the
; command line, and never touches the user data in %APPDATA%\zqdesk (kept on uninstall too).
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\windows\zqdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\windows"
#endif
#ifndef RepoDir
  #define RepoDir "..\.."
#endif

[Setup]
AppId={{6F0E4C1B-9B8A-4E43-9C61-2A7B5D0E7C21}
AppName=智慧钦州评审桌面
AppVersion={#AppVersion}
AppVerName=智慧钦州评审桌面 {#AppVersion}
AppPublisher=钦州市发展和改革委员会
DefaultDirName={autopf}\zqdesk
DefaultGroupName=智慧钦州评审桌面
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=zqdesk-{#AppVersion}-setup
SetupIconFile={#RepoDir}\packaging\icons\zqdesk.ico
UninstallDisplayIcon={app}\zqdesk.exe
Compression=lzma2/max
SolidCompression=yes
ChangesEnvironment=yes
WizardStyle=modern

[Languages]
#ifexist "compiler:Languages\ChineseSimplified.isl"
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "把 zqdesk-cli 加入 PATH / Add zqdesk-cli to PATH"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder whole (old libraries must not linger); data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#RepoDir}\packaging\INSTALL.zh.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\智慧钦州评审桌面"; Filename: "{app}\zqdesk.exe"
Name: "{autodesktop}\智慧钦州评审桌面"; Filename: "{app}\zqdesk.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "{code:PathKey}"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
  Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\zqdesk.exe"; Description: "{cm:LaunchProgram,智慧钦州评审桌面}"; Flags: nowait postinstall skipifsilent

[Code]
function PathKey(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function NeedsAddPath(Dir: String): Boolean;
var
  Current: String;
  Root: Integer;
begin
  if IsAdminInstallMode then Root := HKEY_LOCAL_MACHINE else Root := HKEY_CURRENT_USER;
  if not RegQueryStringValue(Root, PathKey(''), 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
