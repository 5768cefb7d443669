<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Returns Desk</source>
        <translation>Returns Desk 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returns Desk {0}&lt;/b&gt;&lt;br&gt;Database: {1}&lt;br&gt;Schema version: {2}</source>
        <translation>&lt;b&gt;Returns Desk {0}&lt;/b&gt;&lt;br&gt;데이터베이스: {1}&lt;br&gt;스키마 버전: {2}</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>포함된 구성 요소와 라이선스</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Built with these components, under their own licences:</source>
        <translation>다음 구성 요소로 만들어졌으며, 각 구성 요소의 라이선스를 따릅니다:</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Grade after the work</source>
        <translation>작업 후 등급</translation>
    </message>
    <message>
        <source>Where the unit goes after the work</source>
        <translation>작업 후 유닛을 보낼 곳</translation>
    </message>
    <message>
        <source>What the audit trail is searched for</source>
        <translation>감사 기록 검색 대상</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>채널 필터</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>지역 필터</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>분류 필터</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>템플릿 미리 보기</translation>
    </message>
    <message>
        <source>Template for the status</source>
        <translation>상태별 템플릿</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>템플릿 언어</translation>
    </message>
    <message>
        <source>Message status filter</source>
        <translation>메시지 상태 필터</translation>
    </message>
    <message>
        <source>Blind grade</source>
        <translation>블라인드 등급</translation>
    </message>
    <message>
        <source>Days the what-if looks back</source>
        <translation>가정 분석이 돌아볼 일수</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>사유 필터</translation>
    </message>
    <message>
        <source>Requested from</source>
        <translation>요청 시작일</translation>
    </message>
    <message>
        <source>Requested until</source>
        <translation>요청 종료일</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>정렬 순서</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>선택한 요청</translation>
    </message>
    <message>
        <source>Return requests</source>
        <translation>반품 요청 목록</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>입고 시작일</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>입고 종료일</translation>
    </message>
    <message>
        <source>Units in the queue</source>
        <translation>대기열의 유닛</translation>
    </message>
    <message>
        <source>Table: {0}</source>
        <translation>표: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>Badge</source>
        <translation>배지</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>PIN (supervisors, admins)</source>
        <translation>PIN (감독자, 관리자)</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>사용자 만들기</translation>
    </message>
    <message>
        <source>Activate / deactivate selected user…</source>
        <translation>선택한 사용자 활성화 / 비활성화…</translation>
    </message>
    <message>
        <source>Reset PIN of selected user…</source>
        <translation>선택한 사용자의 PIN 재설정…</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>새 스테이션</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>스테이션 만들기</translation>
    </message>
    <message>
        <source>Activate / deactivate selected station…</source>
        <translation>선택한 스테이션 활성화 / 비활성화…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Local database (SQLite)</source>
        <translation>로컬 데이터베이스 (SQLite)</translation>
    </message>
    <message>
        <source>Shared database {0}</source>
        <translation>공유 데이터베이스 {0}</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>LPN, RMA, badge or station</source>
        <translation>LPN, RMA, 배지 또는 스테이션</translation>
    </message>
    <message>
        <source>event kind starts with… (optional)</source>
        <translation>이벤트 종류 접두어… (선택)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where the returns are kept</source>
        <translation>반품 데이터 보관 위치</translation>
    </message>
    <message>
        <source>One station alone keeps them in a file here; many stations share a server.</source>
        <translation>스테이션 하나만 쓰면 이 컴퓨터의 파일에, 여러 스테이션이 쓰면 서버에 보관합니다.</translation>
    </message>
    <message>
        <source>This &amp;computer only (a file; nothing to set up)</source>
        <translation>이 컴퓨터만(&amp;C) (파일, 설정할 것 없음)</translation>
    </message>
    <message>
        <source>A sha&amp;red database (PostgreSQL) for several stations</source>
        <translation>여러 스테이션이 함께 쓰는 공유 데이터베이스(&amp;R) (PostgreSQL)</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>데이터베이스 주소</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>Start with &amp;demo returns, to try things out</source>
        <translation>데모 반품으로 시작(&amp;D) — 미리 사용해 보기</translation>
    </message>
    <message>
        <source>Start &amp;empty, with its first administrator:</source>
        <translation>빈 상태로 시작(&amp;E) — 첫 관리자 등록:</translation>
    </message>
    <message>
        <source>Administrator&apos;s badge</source>
        <translation>관리자 배지</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>관리자 이름</translation>
    </message>
    <message>
        <source>Administrator&apos;s PIN</source>
        <translation>관리자 PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>숫자 4~12자리</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>배지:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>✔ Usable.</source>
        <translation>✔ 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>✖ Not usable yet.</source>
        <translation>✖ 아직 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The first administrator needs a badge and a name.</source>
        <translation>첫 관리자에게는 배지와 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN is 4 to 12 digits.</source>
        <translation>관리자 PIN은 숫자 4~12자리입니다.</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Set SLA…</source>
        <translation>처리 기한 설정…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>배정…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>해결…</translation>
    </message>
    <message>
        <source>Show in queue</source>
        <translation>대기열에서 보기</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>처리 기한</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>LPN / code</source>
        <translation>LPN / 코드</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>연 사람</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>공유 데이터베이스</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>마지막 동기화</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>마지막 응답</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Returns Desk — first start</source>
        <translation>Returns Desk — 처음 시작</translation>
    </message>
    <message>
        <source>&amp;Start Returns Desk</source>
        <translation>Returns Desk 시작(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Returns Desk</source>
        <translation>Returns Desk</translation>
    </message>
    <message>
        <source>Scan your badge to start</source>
        <translation>시작하려면 배지를 스캔하세요</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>배지</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Scan your badge to start</source>
        <translation>시작하려면 배지를 스캔하세요</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>PIN을 입력하세요</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Returns Desk</source>
        <translation>Returns Desk</translation>
    </message>
    <message>
        <source>Database offline — nothing already saved is lost; the last action was not saved.</source>
        <translation>데이터베이스 연결 끊김 — 이미 저장된 것은 그대로이며, 마지막 작업은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>Console (Ctrl+2)</source>
        <translation>콘솔 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Refurbish (Ctrl+3)</source>
        <translation>수리 (Ctrl+3)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>잠금 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>잠겼습니다.</translation>
    </message>
    <message>
        <source>Station {0}</source>
        <translation>스테이션 {0}</translation>
    </message>
    <message>
        <source>Your badge or this station was deactivated: nothing was saved. Ask a supervisor.</source>
        <translation>배지 또는 이 스테이션이 비활성화되어 아무것도 저장되지 않았습니다. 감독자에게 문의하세요.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Station (Ctrl+1)</source>
        <translation>스테이션 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Locked after {0} min without activity. Scan your badge to go on.</source>
        <translation>{0}분 동안 활동이 없어 잠겼습니다. 계속하려면 배지를 스캔하세요.</translation>
    </message>
    <message>
        <source>last sync {0} UTC</source>
        <translation>마지막 동기화 {0} UTC</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>아직 동기화되지 않음</translation>
    </message>
    <message>
        <source>online</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source> · {0} conflicts for a supervisor</source>
        <translation> · 감독자 확인이 필요한 충돌 {0}건</translation>
    </message>
    <message>
        <source>Shared database {0} · {1} waiting · {2}</source>
        <translation>공유 데이터베이스 {0} · 대기 {1}건 · {2}</translation>
    </message>
    <message>
        <source> · {0} s per unit</source>
        <translation> · 유닛당 {0}초</translation>
    </message>
    <message>
        <source> · first touch {0}</source>
        <translation> · 첫 처리 완료율 {0}</translation>
    </message>
    <message>
        <source>This hour: {0} units</source>
        <translation>이번 시간: {0}개 유닛</translation>
    </message>
    <message>
        <source>the unexpected parcel</source>
        <translation>예상 밖 소포</translation>
    </message>
    <message>
        <source>Close Returns Desk</source>
        <translation>Returns Desk 닫기</translation>
    </message>
    <message>
        <source>What you entered for {0} is not saved yet.</source>
        <translation>{0}에 입력한 내용이 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Keep working and press Enter to save it, or close and lose it.</source>
        <translation>계속 작업하고 Enter로 저장하거나, 닫고 버리세요.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>계속 작업</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Returns Desk — user manual</source>
        <translation>Returns Desk — 사용 설명서</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>사용 설명서</translation>
    </message>
    <message>
        <source>The manual is not part of this installation.</source>
        <translation>이 설치본에는 사용 설명서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>St&amp;ation</source>
        <translation>스테이션(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>콘솔(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Station screen</source>
        <translation>스테이션 화면(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refurbishment bench</source>
        <translation>수리 작업대(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lock the station</source>
        <translation>스테이션 잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>잠겼습니다.</translation>
    </message>
    <message>
        <source>Supervisor &amp;console</source>
        <translation>감독자 콘솔(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import returns…</source>
        <translation>반품 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Print a &amp;test tag</source>
        <translation>시험 태그 인쇄(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>사용 설명서(&amp;M)</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>진단 정보 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About Returns Desk</source>
        <translation>Returns Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>저장됨: {0}.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>진단 정보 저장</translation>
    </message>
    <message>
        <source>Diagnostics not saved: {0}</source>
        <translation>진단 정보를 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Diagnostics saved to {0}. Send it to IT.</source>
        <translation>진단 정보를 {0}에 저장했습니다. IT 담당자에게 보내 주세요.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New return request</source>
        <translation>새 반품 요청</translation>
    </message>
    <message>
        <source>Order number, customer e-mail or the start of their name</source>
        <translation>주문 번호, 고객 이메일 또는 이름 앞부분</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>주문일</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송일</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>On returns</source>
        <translation>반품 중</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>The customer wants</source>
        <translation>고객 희망</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>고객이 한 말</translation>
    </message>
    <message>
        <source>Customer&apos;s photos…</source>
        <translation>고객 사진…</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <source>Make request</source>
        <translation>요청 만들기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation>다시 보내기…</translation>
    </message>
    <message>
        <source>Queue the selected messages again</source>
        <translation>선택한 메시지를 다시 대기열에 넣기</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Send what is due now, from this station</source>
        <translation>보낼 때가 된 메시지를 이 스테이션에서 지금 보내기</translation>
    </message>
    <message>
        <source>Queued (UTC)</source>
        <translation>대기열 등록 (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>다음 시도</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Text. Placeholders: $customer $rma $order $status $items $policy $amount $shop $next</source>
        <translation>본문. 자리표시자: $customer $rma $order $status $items $policy $amount $shop $next</translation>
    </message>
    <message>
        <source>HTML (optional: made from the text when left empty)</source>
        <translation>HTML (선택: 비워 두면 본문에서 만듦)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Back to default</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>템플릿 저장</translation>
    </message>
    <message>
        <source>Preview: the template filled in from the newest request.</source>
        <translation>미리 보기: 가장 최근 요청으로 채운 템플릿</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Send customer e-mails (off: they wait in the outbox)</source>
        <translation>고객 이메일 보내기 (끄면 보낼 편지함에서 대기)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>비우면 로그인 없음</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>kept in the system keyring or a file only you can read; empty: unchanged</source>
        <translation>시스템 키링 또는 본인만 읽을 수 있는 파일에 보관, 비우면 그대로</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>returns@shop.example</source>
        <translation>returns@shop.example</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>상점 이름</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>반송 주소</translation>
    </message>
    <message>
        <source>Printed on the return slip, one line each</source>
        <translation>반품 전표에 한 줄씩 인쇄됩니다</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printing the tags</source>
        <translation>태그 인쇄</translation>
    </message>
    <message>
        <source>Each graded unit gets a tag with its plate and where it goes.</source>
        <translation>등급이 매겨진 각 유닛에는 번호판 바코드와 보낼 곳이 적힌 태그가 붙습니다.</translation>
    </message>
    <message>
        <source>&amp;PDF files, one per tag, in the tags folder</source>
        <translation>PDF 파일(&amp;P) — 태그마다 하나씩, 태그 폴더에</translation>
    </message>
    <message>
        <source>A printer of this c&amp;omputer:</source>
        <translation>이 컴퓨터의 프린터(&amp;O):</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>A printer of this computer (none is set up here)</source>
        <translation>이 컴퓨터의 프린터 (설정된 프린터 없음)</translation>
    </message>
    <message>
        <source>A &amp;ZPL label printer on the network, at:</source>
        <translation>네트워크의 ZPL 라벨 프린터(&amp;Z), 주소:</translation>
    </message>
    <message>
        <source>Label printer address</source>
        <translation>라벨 프린터 주소</translation>
    </message>
    <message>
        <source>Print a &amp;test tag</source>
        <translation>시험 태그 인쇄(&amp;T)</translation>
    </message>
    <message>
        <source>✖ Not printed: {0}</source>
        <translation>✖ 인쇄되지 않았습니다: {0}</translation>
    </message>
    <message>
        <source>✔ {0} Check that the bars are sharp and the text reads.</source>
        <translation>✔ {0} 바코드 막대가 선명하고 글자가 읽히는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Print the selected unit&apos;s tag</source>
        <translation>선택한 유닛의 태그 인쇄</translation>
    </message>
    <message>
        <source>Console: queue</source>
        <translation>콘솔: 대기열</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>RMA, order, tracking, customer e-mail or name, SKU, LPN</source>
        <translation>RMA, 주문, 운송장, 고객 이메일 또는 이름, SKU, LPN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>처분</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source> h or older</source>
        <translation>시간 이상</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>and</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>승인…</translation>
    </message>
    <message>
        <source>Change disposition…</source>
        <translation>처분 변경…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>되돌려 보내기…</translation>
    </message>
    <message>
        <source>Print tag</source>
        <translation>태그 인쇄</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Reject return…</source>
        <translation>반품 거절…</translation>
    </message>
    <message>
        <source>Cancel return…</source>
        <translation>반품 취소…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>배정…</translation>
    </message>
    <message>
        <source>Resolve exception…</source>
        <translation>예외 해결…</translation>
    </message>
</context>
<context>
    <name>RefurbishBench</name>
    <message>
        <source>Refurbishment bench</source>
        <translation>수리 작업대</translation>
    </message>
    <message>
        <source>Save the work done</source>
        <translation>작업 내용 저장</translation>
    </message>
    <message>
        <source>Repaired: back to stock</source>
        <translation>수리 완료: 재고로</translation>
    </message>
    <message>
        <source>Beyond repair</source>
        <translation>수리 불가</translation>
    </message>
    <message>
        <source>Put the unit down</source>
        <translation>유닛 내려놓기</translation>
    </message>
    <message>
        <source>Scan a license plate (or type it and press Enter)</source>
        <translation>번호판 바코드를 스캔하세요 (또는 입력 후 Enter)</translation>
    </message>
    <message>
        <source>No unit on the bench.</source>
        <translation>작업대에 유닛이 없습니다.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>부품</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>what was replaced or used</source>
        <translation>교체하거나 사용한 것</translation>
    </message>
    <message>
        <source>Cost of parts</source>
        <translation>부품 비용</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <source>Save work (F2)</source>
        <translation>작업 저장 (F2)</translation>
    </message>
    <message>
        <source>Repaired (F3)</source>
        <translation>수리 완료 (F3)</translation>
    </message>
    <message>
        <source>B-STOCK</source>
        <translation>B-STOCK</translation>
    </message>
    <message>
        <source>Beyond repair (F4)</source>
        <translation>수리 불가 (F4)</translation>
    </message>
    <message>
        <source>why it cannot be repaired</source>
        <translation>수리할 수 없는 이유</translation>
    </message>
    <message>
        <source>Waiting for the bench (oldest first)</source>
        <translation>작업대 대기 (오래된 순)</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>번호판</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Minutes so far</source>
        <translation>누적 작업 시간(분)</translation>
    </message>
</context>
<context>
    <name>RegradeTab</name>
    <message>
        <source>Notes (optional)</source>
        <translation>메모 (선택)</translation>
    </message>
    <message>
        <source>Save blind grade</source>
        <translation>블라인드 등급 저장</translation>
    </message>
    <message>
        <source>Blind re-grade share</source>
        <translation>블라인드 재검수 비율</translation>
    </message>
    <message>
        <source> % of units</source>
        <translation>% (유닛 비율)</translation>
    </message>
    <message>
        <source>Set share…</source>
        <translation>비율 설정…</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>Re-graded</source>
        <translation>재검수</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치율</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>Customer:</source>
        <translation>고객:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>주문:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>채널:</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>주문일:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>배송일:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>요청일:</translation>
    </message>
    <message>
        <source>Return window:</source>
        <translation>반품 기간:</translation>
    </message>
    <message>
        <source>Earlier returns:</source>
        <translation>이전 반품:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Customer comment</source>
        <translation>고객 의견</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>기간 내</translation>
    </message>
    <message>
        <source>OUTSIDE — refund held for review</source>
        <translation>기간 초과 — 환불 보류, 검토 필요</translation>
    </message>
    <message>
        <source>{0} — frequent returner</source>
        <translation>{0} — 잦은 반품 고객</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>RMA, order, tracking, e-mail or name — or scan</source>
        <translation>RMA, 주문, 운송장, 이메일 또는 이름 — 또는 스캔</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청일</translation>
    </message>
    <message>
        <source>Select a request, or scan its label, to see everything about it.</source>
        <translation>요청을 선택하거나 라벨을 스캔하면 모든 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <source>Make a request for a customer who phoned or wrote</source>
        <translation>전화나 글로 연락한 고객의 요청 만들기</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Authorize the selected pending requests (one reason for all)</source>
        <translation>선택한 대기 요청 승인 (사유 하나로 모두)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Reject the selected requests: no refund, units settled, cases closed</source>
        <translation>선택한 요청 거절: 환불 없음, 유닛 정리, 사례 종료</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the selected requests</source>
        <translation>선택한 요청 취소</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>정산…</translation>
    </message>
    <message>
        <source>Confirm or change the refund, exchange or credit of an inspected return</source>
        <translation>검수된 반품의 환불, 교환 또는 적립을 확정하거나 변경</translation>
    </message>
    <message>
        <source>Slip…</source>
        <translation>전표…</translation>
    </message>
    <message>
        <source>Save the return slip (PDF with the RMA barcode) to print</source>
        <translation>인쇄할 반품 전표(RMA 바코드가 있는 PDF) 저장</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Write the refund lines not exported yet to a CSV</source>
        <translation>아직 내보내지 않은 환불 내역을 CSV로 쓰기</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Add rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>What-if over the last</source>
        <translation>최근 기간으로 가정 분석:</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>게시…</translation>
    </message>
    <message>
        <source>Edit the rules, then Check or What-if before publishing.</source>
        <translation>규칙을 고친 뒤, 게시하기 전에 검사 또는 가정 분석을 하세요.</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>게시된 버전</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>이 스테이션</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>도크</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>스테이션 이름</translation>
    </message>
    <message>
        <source>Station &amp;name:</source>
        <translation>스테이션 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>활동이 없을 때 잠그기까지의 분</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>never</source>
        <translation>잠그지 않음</translation>
    </message>
    <message>
        <source>&amp;Lock when untouched for:</source>
        <translation>다음 시간 동안 사용하지 않으면 잠금(&amp;L):</translation>
    </message>
    <message>
        <source>PDF files in the tags folder</source>
        <translation>태그 폴더의 PDF 파일</translation>
    </message>
    <message>
        <source>A printer of this computer:</source>
        <translation>이 컴퓨터의 프린터:</translation>
    </message>
    <message>
        <source>A ZPL label printer at:</source>
        <translation>ZPL 라벨 프린터, 주소:</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>Label printer address</source>
        <translation>라벨 프린터 주소</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>글자 크기(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;High contrast: white on black</source>
        <translation>고대비(&amp;H): 검은 바탕에 흰 글자</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>로그 수준</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>로그 수준(&amp;L):</translation>
    </message>
    <message>
        <source>Saved in {0}; they take effect when Returns Desk starts again.</source>
        <translation>{0}에 저장되며, Returns Desk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>A station needs a name.</source>
        <translation>스테이션에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Type the label printer&apos;s address, like zebra-3:9100.</source>
        <translation>라벨 프린터 주소를 입력하세요. 예: zebra-3:9100</translation>
    </message>
    <message>
        <source>Hours to settle: {0}</source>
        <translation>처리 기한(시간): {0}</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>High-value threshold</source>
        <translation>고액 기준</translation>
    </message>
    <message>
        <source>A supervisor approves refunds &amp;from:</source>
        <translation>감독자 승인이 필요한 환불 금액(&amp;F):</translation>
    </message>
    <message>
        <source>Blind re-grade share</source>
        <translation>블라인드 재검수 비율</translation>
    </message>
    <message>
        <source>Units &amp;re-graded blind:</source>
        <translation>블라인드 재검수 유닛(&amp;R):</translation>
    </message>
    <message>
        <source>Days without a scan before a parcel is stalled</source>
        <translation>스캔 없이 지나면 지연으로 보는 일수</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>A parcel is &amp;stalled after:</source>
        <translation>소포 지연 기준(&amp;S):</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>변경 사유</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail)</source>
        <translation>사유 (감사 기록에 남습니다)</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>사유(&amp;O):</translation>
    </message>
    <message>
        <source>Elsewhere: the e-mail server and templates in the console&apos;s E-mails tab; return windows and the authorization rules in its Authorization tab; the grading rules in its Rules tab; cost rates in Analytics → Cost rates…; users and stations in Users and stations.</source>
        <translation>다른 곳에서 설정하는 항목: 메일 서버와 템플릿은 콘솔의 이메일 탭, 반품 기간과 승인 규칙은 승인 탭, 등급 규칙은 규칙 탭, 비용 단가는 분석 → 비용 단가…, 사용자와 스테이션은 사용자 및 스테이션 탭.</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>처리 기한</translation>
    </message>
    <message>
        <source>high-value threshold</source>
        <translation>고액 기준</translation>
    </message>
    <message>
        <source>blind re-grade share</source>
        <translation>블라인드 재검수 비율</translation>
    </message>
    <message>
        <source>stalled parcels</source>
        <translation>지연 소포 기준</translation>
    </message>
    <message>
        <source>✖ Say why the dock&apos;s settings change: the reason goes to the audit trail.</source>
        <translation>✖ 도크 설정을 바꾸는 사유를 입력하세요. 사유는 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>this station&apos;s settings (at the next start)</source>
        <translation>이 스테이션 설정 (다음 시작 때 적용)</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle return</source>
        <translation>반품 정산</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Reason (needed when an amount differs from the proposal)</source>
        <translation>사유 (금액이 제안과 다를 때 필요)</translation>
    </message>
    <message>
        <source>Confirm settlement</source>
        <translation>정산 확정</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>A scanner&apos;s burst is a scan wherever the focus is. Besides it, these keys work:</source>
        <translation>스캐너 입력은 포커스 위치와 관계없이 스캔으로 처리됩니다. 그 밖에 다음 키를 쓸 수 있습니다:</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Type a code by hand and press Enter (F2) — scanners work anywhere</source>
        <translation>코드를 직접 입력하고 Enter (F2) — 스캐너는 어디서나 동작합니다</translation>
    </message>
    <message>
        <source>Camera (F8)</source>
        <translation>카메라 (F8)</translation>
    </message>
</context>
<context>
    <name>StationFlow</name>
    <message>
        <source>Ready — scan a label</source>
        <translation>준비됨 — 라벨을 스캔하세요</translation>
    </message>
    <message>
        <source>Item {0} {1}: open returns {2} — scan the return label</source>
        <translation>품목 {0} {1}: 진행 중인 반품 {2} — 반품 라벨을 스캔하세요</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{0} fits more than one return ({1}) — scan the RMA on the label</source>
        <translation>{0}에 해당하는 반품이 여러 건입니다 ({1}) — 라벨의 RMA를 스캔하세요</translation>
    </message>
    <message>
        <source>No return matches {0} {1} — unexpected parcel: say what is in the box, then Ctrl+Enter</source>
        <translation>{0} {1}에 맞는 반품이 없습니다 — 예상 밖 소포: 상자 내용을 입력하고 Ctrl+Enter</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>{0} was {1} — this parcel was not expected: say what is in the box, then Ctrl+Enter files it for a supervisor</source>
        <translation>{0}은(는) {1} 상태입니다 — 예상하지 않은 소포: 상자 내용을 입력하고 Ctrl+Enter로 감독자에게 접수하세요</translation>
    </message>
    <message>
        <source> (by {0} {1})</source>
        <translation> ({0} {1}로 찾음)</translation>
    </message>
    <message>
        <source>Found {0}{1} — receiving…</source>
        <translation>{0}{1} 찾음 — 입고 중…</translation>
    </message>
    <message>
        <source>Found {0}{1}</source>
        <translation>{0}{1} 찾음</translation>
    </message>
    <message>
        <source>Received {0}</source>
        <translation>{0} 입고됨</translation>
    </message>
    <message>
        <source>Item {0} matched — grade {1} with 1–7</source>
        <translation>품목 {0} 일치 — {1}의 등급을 1–7로 매기세요</translation>
    </message>
    <message>
        <source>Grade {0}: add a photo (Ctrl+O or camera), then Enter</source>
        <translation>등급 {0}: 사진을 추가한 뒤(Ctrl+O 또는 카메라) Enter</translation>
    </message>
    <message>
        <source>Grade {0} — Enter saves</source>
        <translation>등급 {0} — Enter로 저장</translation>
    </message>
    <message>
        <source>{0} photo(s) attached — Enter saves</source>
        <translation>사진 {0}장 첨부 — Enter로 저장</translation>
    </message>
    <message>
        <source>Choose a grade first: 1–7</source>
        <translation>먼저 등급을 고르세요: 1–7</translation>
    </message>
    <message>
        <source>Grade {0} needs a photo: Ctrl+O to add one</source>
        <translation>등급 {0}에는 사진이 필요합니다: Ctrl+O로 추가</translation>
    </message>
    <message>
        <source>{0} marked missing</source>
        <translation>{0} 누락으로 처리</translation>
    </message>
    <message>
        <source>Saved {0} — ON HOLD: put it on the hold shelf until a supervisor decides</source>
        <translation>{0} 저장 — 보류: 감독자가 결정할 때까지 보류 선반에 두세요</translation>
    </message>
    <message>
        <source>Saved {0} → {1}, to {2}</source>
        <translation>{0} 저장 → {1}, 보낼 곳 {2}</translation>
    </message>
    <message>
        <source>{0} — grade {1}: press 1–7</source>
        <translation>{0} — {1} 등급: 1–7을 누르세요</translation>
    </message>
    <message>
        <source>{0} — {1}: nothing left to grade. Scan the next parcel</source>
        <translation>{0} — {1}: 등급을 매길 유닛이 없습니다. 다음 소포를 스캔하세요</translation>
    </message>
</context>
<context>
    <name>StationKeys</name>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Type a code by hand</source>
        <translation>코드 직접 입력</translation>
    </message>
    <message>
        <source>Take the camera&apos;s picture as a photo</source>
        <translation>카메라 화면을 사진으로 찍기</translation>
    </message>
    <message>
        <source>Camera on or off</source>
        <translation>카메라 켜기/끄기</translation>
    </message>
    <message>
        <source>Print the last tag again</source>
        <translation>마지막 태그 다시 인쇄</translation>
    </message>
    <message>
        <source>Add photo files</source>
        <translation>사진 파일 추가</translation>
    </message>
    <message>
        <source>Read a label from a picture</source>
        <translation>사진에서 라벨 읽기</translation>
    </message>
    <message>
        <source>Save, or file the unexpected parcel</source>
        <translation>저장, 또는 예상 밖 소포 접수</translation>
    </message>
    <message>
        <source>Grade the unit in hand</source>
        <translation>손에 든 유닛 등급 매기기</translation>
    </message>
    <message>
        <source>Save the unit: grade and route</source>
        <translation>유닛 저장: 등급과 보낼 곳</translation>
    </message>
    <message>
        <source>Leave the unexpected-parcel form, back to grading</source>
        <translation>예상 밖 소포 양식을 닫고 등급 매기기로 돌아가기</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Welcome to Returns Desk</source>
        <translation>Returns Desk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>A few answers and this station is ready. Admins can change them later.</source>
        <translation>몇 가지만 답하면 이 스테이션을 쓸 수 있습니다. 관리자가 나중에 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>스테이션 이름</translation>
    </message>
    <message>
        <source>This &amp;station&apos;s name:</source>
        <translation>이 스테이션의 이름(&amp;S):</translation>
    </message>
    <message>
        <source>The name the audit trail and the supervisors see, like DOCK-3.</source>
        <translation>감사 기록과 감독자에게 보이는 이름입니다. 예: DOCK-3</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
</context>
<context>
    <name>StationWidget</name>
    <message>
        <source>Saving {0}…</source>
        <translation>{0} 저장 중…</translation>
    </message>
    <message>
        <source> Your grade, notes and photos are still here; press Enter to try again.</source>
        <translation> 등급, 메모, 사진은 그대로 있습니다. 다시 하려면 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>No camera picture yet: turn the camera on with F8, then F7 takes the photo.</source>
        <translation>아직 카메라 화면이 없습니다: F8로 카메라를 켠 뒤 F7로 사진을 찍으세요.</translation>
    </message>
    <message>
        <source>Read a label from a picture</source>
        <translation>사진에서 라벨 읽기</translation>
    </message>
    <message>
        <source>No barcode found in that picture. Try a sharper photo, or type the code.</source>
        <translation>그 사진에서 바코드를 찾지 못했습니다. 더 선명한 사진을 쓰거나 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Filed as exception #{0} for a supervisor — put the parcel on the exceptions shelf and scan the next one</source>
        <translation>감독자용 예외 #{0}(으)로 접수했습니다 — 소포를 예외 선반에 두고 다음 소포를 스캔하세요</translation>
    </message>
    <message>
        <source>No tag to print again yet.</source>
        <translation>다시 인쇄할 태그가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Checklist: at best {0} — press {1} (or another grade), then Enter</source>
        <translation>점검 결과: 최대 {0} — {1}(또는 다른 등급)을 누른 뒤 Enter</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>입고 예정</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Blind re-grade</source>
        <translation>블라인드 재검수</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>연동</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Users and stations</source>
        <translation>사용자 및 스테이션</translation>
    </message>
</context>
<context>
    <name>UnexpectedPanel</name>
    <message>
        <source>Scanned:</source>
        <translation>스캔한 코드:</translation>
    </message>
    <message>
        <source>In the box:</source>
        <translation>상자 안:</translation>
    </message>
    <message>
        <source>What is in the box? (Ctrl+Enter files it for a supervisor, Esc cancels)</source>
        <translation>상자에 무엇이 있나요? (Ctrl+Enter: 감독자에게 접수, Esc: 취소)</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>품목:</translation>
    </message>
    <message>
        <source>(nothing readable)</source>
        <translation>(읽을 수 있는 것 없음)</translation>
    </message>
    <message>
        <source>scan the items&apos; barcodes</source>
        <translation>품목 바코드를 스캔하세요</translation>
    </message>
    <message>
        <source>{0} attached</source>
        <translation>{0}장 첨부</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>사진:</translation>
    </message>
    <message>
        <source>none — Ctrl+O to add</source>
        <translation>없음 — Ctrl+O로 추가</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>Unit:</source>
        <translation>유닛:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>점검 목록:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>등급:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>결함:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>발견 사항:</translation>
    </message>
    <message>
        <source>&amp;wrong item</source>
        <translation>다른 품목(&amp;W)</translation>
    </message>
    <message>
        <source>missing &amp;item</source>
        <translation>품목 누락(&amp;I)</translation>
    </message>
    <message>
        <source>e&amp;xtra quantity</source>
        <translation>수량 초과(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;serial not as shipped</source>
        <translation>일련번호 불일치(&amp;S)</translation>
    </message>
    <message>
        <source>empty &amp;box</source>
        <translation>빈 상자(&amp;B)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Notes (Esc returns to grading)</source>
        <translation>메모 (Esc: 등급 매기기로 돌아가기)</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>사진:</translation>
    </message>
    <message>
        <source>Press {0}</source>
        <translation>누르세요: {0}</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>제안대로</translation>
    </message>
    <message>
        <source>{0}  (if not: at best {1})</source>
        <translation>{0}  (아니면 최대 {1})</translation>
    </message>
    <message>
        <source>none — Ctrl+O to add</source>
        <translation>없음 — Ctrl+O로 추가</translation>
    </message>
    <message>
        <source>{0} attached</source>
        <translation>{0}장 첨부</translation>
    </message>
    <message>
        <source>REQUIRED below grade A — Ctrl+O to add</source>
        <translation>A 등급 미만은 필수 — Ctrl+O로 추가</translation>
    </message>
    <message>
        <source> · waits for a supervisor</source>
        <translation> · 감독자 승인 대기</translation>
    </message>
    <message>
        <source>(rule &apos;{0}&apos;: {1})</source>
        <translation>(규칙 &apos;{0}&apos;: {1})</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>제안:</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>환불:</translation>
    </message>
    <message>
        <source>Route instead:</source>
        <translation>대신 보낼 곳:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>why another disposition (required when changing it)</source>
        <translation>다른 처분을 고른 이유 (바꿀 때 필수)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>A — new, unopened</source>
        <translation>A — 새 제품, 미개봉</translation>
    </message>
    <message>
        <source>B — like new, open box</source>
        <translation>B — 새것 같음, 개봉</translation>
    </message>
    <message>
        <source>C — used, cosmetic wear</source>
        <translation>C — 사용감, 외관 마모</translation>
    </message>
    <message>
        <source>D — damaged or defective</source>
        <translation>D — 파손 또는 불량</translation>
    </message>
    <message>
        <source>Incorrect item</source>
        <translation>다른 품목</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>폐기물</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고됨</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>검수됨</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>교환됨</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>적립금</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>수리됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>colour not as expected</source>
        <translation>색상이 기대와 다름</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>불량</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>설명과 다름</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>너무 작음</translation>
    </message>
    <message>
        <source>style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>no longer wanted</source>
        <translation>더 이상 필요 없음</translation>
    </message>
    <message>
        <source>wrong item sent</source>
        <translation>잘못 배송된 품목</translation>
    </message>
    <message>
        <source>damaged in transit</source>
        <translation>배송 중 파손</translation>
    </message>
    <message>
        <source>RESTOCK</source>
        <translation>재입고</translation>
    </message>
    <message>
        <source>REFURBISH</source>
        <translation>수리</translation>
    </message>
    <message>
        <source>DISPOSE</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>RETURN TO VENDOR</source>
        <translation>공급사 반품</translation>
    </message>
    <message>
        <source>LIQUIDATE</source>
        <translation>처분 판매</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>운송사</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>창고</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>web shop</source>
        <translation>웹 상점</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>마켓플레이스</translation>
    </message>
    <message>
        <source>store</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>received</source>
        <translation>입고됨</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>검수됨</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>restocked</source>
        <translation>재입고됨</translation>
    </message>
    <message>
        <source>in refurbishment</source>
        <translation>수리 중</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>수리됨</translation>
    </message>
    <message>
        <source>disposed</source>
        <translation>폐기됨</translation>
    </message>
    <message>
        <source>returned to vendor</source>
        <translation>공급사 반품됨</translation>
    </message>
    <message>
        <source>liquidated</source>
        <translation>처분 판매됨</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>full</source>
        <translation>전액</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>부분</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>All accessories, cables and manuals present</source>
        <translation>액세서리, 케이블, 설명서가 모두 있음</translation>
    </message>
    <message>
        <source>All parts present</source>
        <translation>부품이 모두 있음</translation>
    </message>
    <message>
        <source>Factory seal intact</source>
        <translation>공장 봉인이 온전함</translation>
    </message>
    <message>
        <source>No damage, works as intended</source>
        <translation>손상 없음, 정상 작동</translation>
    </message>
    <message>
        <source>No scratches, dents or cracks</source>
        <translation>긁힘, 찌그러짐, 금이 없음</translation>
    </message>
    <message>
        <source>No signs of wear, stains or odour</source>
        <translation>사용 흔적, 얼룩, 냄새가 없음</translation>
    </message>
    <message>
        <source>No tears or detached parts</source>
        <translation>찢어짐이나 떨어진 부분이 없음</translation>
    </message>
    <message>
        <source>No tears, loose seams or broken zips</source>
        <translation>찢어짐, 풀린 솔기, 고장 난 지퍼가 없음</translation>
    </message>
    <message>
        <source>Original box, undamaged</source>
        <translation>원래 상자, 손상 없음</translation>
    </message>
    <message>
        <source>Original tags attached</source>
        <translation>원래 태그가 붙어 있음</translation>
    </message>
    <message>
        <source>Powers on and works</source>
        <translation>전원이 켜지고 작동함</translation>
    </message>
    <message>
        <source>Soles clean, no wear</source>
        <translation>밑창이 깨끗하고 마모 없음</translation>
    </message>
    <message>
        <source>Unopened, original packaging</source>
        <translation>미개봉, 원래 포장</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>운송장 번호</translation>
    </message>
    <message>
        <source>order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>license plate</source>
        <translation>번호판</translation>
    </message>
    <message>
        <source>item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <source>Menus</source>
        <translation>메뉴</translation>
    </message>
</context>
</TS>
