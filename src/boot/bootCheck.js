/*
 * The boot check of every page (taskpane.html, commands.html, dialog.html, index.html), inlined first in <head>.
 * ES5 only, on purpose: volume-licensed Office 2016/2019 open add-ins in Internet Explorer 11 (Trident, ES5) and
 * some retail installs without WebView2 in Edge Legacy (EdgeHTML); the bundles target Chrome 100+ and fail to
 * parse there, so no handler of theirs ever runs. Microsoft recommends a graceful failure message for these
 * webviews: https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11 and
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 *
 * It shows, in Vietnamese then English, what to do when
 * - the engine is too old (user agent "Trident"/"Edge/", as Microsoft's page suggests, or optional chaining
 *   does not parse), or
 * - the page's own bundle fails to load, to parse or to start, or has not said it started within WAIT_MS.
 * The bundle calls `window.attainmentBoot.started()` first thing; it returns false when the engine was judged too
 * old, and the bundle then stays out of the way. On commands.html an old engine still gets a ribbon handler that
 * opens dialog.html, where this same check shows the message.
 * The <html> element says which page this is: data-page="taskpane" | "commands" | "dialog" | "web".
 */
(function (window, document) {
  "use strict";

  var WAIT_MS = 10000;
  /** Office ends a function command 5 minutes after the click; the fallback dialog is closed a little before. */
  var COMMAND_MS = 270000;
  var html = document.documentElement;
  var page = html.getAttribute("data-page") || "taskpane";
  var started = false;
  var shown = null;
  var timer = null;

  /** "trident" | "edgehtml" | "old" | null (a current engine). */
  function detectEngine() {
    var ua = window.navigator.userAgent || "";
    if (ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1) return "trident";
    // Edge Legacy says "Edge/18.x"; Chromium-based Edge says "Edg/".
    if (/ Edge\/\d/.test(ua)) return "edgehtml";
    try {
      // Probes the syntax the bundles use, without using it in this file.
      new Function("var a = {}; return a?.b ?? 1;");
    } catch (error) {
      // A policy that forbids eval (EvalError) says nothing about the engine.
      if (error instanceof SyntaxError) return "old";
    }
    return null;
  }

  var engine = detectEngine();

  function standaloneUrl() {
    var l = window.location;
    return l.protocol + "//" + l.host + l.pathname.replace(/[^/]*$/, "index.html");
  }

  var WEB_VI =
    "Hoặc mở trang web độc lập trong Microsoft Edge, Chrome hoặc Firefox (chọn tệp .xlsx, tính rồi tải về): ";
  var WEB_EN =
    "Or open the standalone page in Microsoft Edge, Chrome or Firefox (choose the .xlsx, compute, download): ";
  var TEXT = {
    trident: {
      vi: [
        "Bổ trợ không chạy được trong phiên bản Office này",
        "Office này (thường là Office 2016/2019 bản cấp phép số lượng lớn) mở bổ trợ bằng Internet Explorer 11, quá cũ để chạy bổ trợ.",
        "Cách xử lý: dùng Excel trên web (office.com) hoặc Excel của Microsoft 365 / Office 2021 trở lên.",
      ],
      en: [
        "The add-in cannot run in this version of Office",
        "This Office (usually volume-licensed Office 2016/2019) opens add-ins in Internet Explorer 11, which is too old for the add-in.",
        "What to do: use Excel on the web (office.com), or Excel from Microsoft 365 or Office 2021 or later.",
      ],
    },
    edgehtml: {
      vi: [
        "Bổ trợ không chạy được trong trình duyệt nhúng của Office này",
        "Office trên máy này mở bổ trợ bằng Microsoft Edge cũ (EdgeHTML), quá cũ để chạy bổ trợ.",
        "Cách xử lý: nhờ bộ phận CNTT cài Microsoft Edge WebView2 Runtime rồi mở lại Excel; hoặc dùng Excel trên web (office.com).",
      ],
      en: [
        "The add-in cannot run in this Office's built-in browser",
        "Office on this computer opens add-ins in the old Microsoft Edge (EdgeHTML), which is too old for the add-in.",
        "What to do: ask your IT office to install the Microsoft Edge WebView2 Runtime, then restart Excel; or use Excel on the web (office.com).",
      ],
    },
    old: {
      vi: [
        "Trình duyệt này quá cũ để chạy bổ trợ",
        "Cách xử lý: cập nhật Office hoặc trình duyệt, hoặc dùng Excel trên web (office.com) trong Microsoft Edge, Chrome hay Firefox.",
      ],
      en: [
        "This browser is too old for the add-in",
        "What to do: update Office or the browser, or use Excel on the web (office.com) in Microsoft Edge, Chrome or Firefox.",
      ],
    },
    failed: {
      vi: [
        "Bổ trợ chưa khởi động được",
        "Tệp chương trình của bổ trợ không tải được hoặc không chạy được.",
        "Cách xử lý: đóng rồi mở lại bảng điều khiển. Nếu vẫn vậy: cập nhật Office hoặc dùng Excel trên web, và báo bộ phận CNTT (máy chủ của bổ trợ có thể không truy cập được).",
      ],
      en: [
        "The add-in did not start",
        "The add-in's program file could not be loaded or run.",
        "What to do: close and reopen the panel. If it persists: update Office or use Excel on the web, and tell your IT office (the add-in's server may be unreachable).",
      ],
    },
  };

  function paragraph(text, className) {
    var p = document.createElement("p");
    p.textContent = text;
    if (className) p.className = className;
    return p;
  }

  function render(problem) {
    var box = document.getElementById("boot-message");
    if (box) box.parentNode.removeChild(box);
    box = document.createElement("div");
    box.id = "boot-message";
    box.setAttribute("role", "alert");
    box.setAttribute("data-problem", problem);
    box.style.cssText =
      "padding:16px;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;line-height:1.45;color:#242424";
    var langs = ["vi", "en"];
    for (var i = 0; i < langs.length; i++) {
      var lines = TEXT[problem][langs[i]];
      var section = document.createElement("div");
      section.setAttribute("lang", langs[i]);
      var heading = document.createElement("h1");
      heading.textContent = lines[0];
      heading.style.cssText = "font-size:16px;font-weight:600;margin:0 0 8px";
      section.appendChild(heading);
      for (var j = 1; j < lines.length; j++) section.appendChild(paragraph(lines[j]));
      if (page !== "web" && page !== "commands") {
        var url = standaloneUrl();
        var p = paragraph(langs[i] === "vi" ? WEB_VI : WEB_EN);
        var link = document.createElement("a");
        link.href = url;
        link.target = "_blank";
        link.textContent = url;
        p.appendChild(link);
        section.appendChild(p);
      }
      if (i === 0) section.style.cssText = "margin-bottom:16px";
      box.appendChild(section);
    }
    if (page === "dialog") box.appendChild(closeButton());
    var loading = document.getElementById("root");
    if (loading) loading.style.display = "none";
    document.body.insertBefore(box, document.body.firstChild);
  }

  function closeButton() {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Đóng / Close";
    button.onclick = function () {
      var office = window.Office;
      if (office && office.context && office.context.ui && office.context.ui.messageParent)
        office.context.ui.messageParent("close");
      else window.close();
    };
    return button;
  }

  function show(problem) {
    if (shown && shown !== "failed") return;
    shown = problem;
    if (page === "commands") return;
    if (document.body) render(problem);
    else
      document.addEventListener("DOMContentLoaded", function () {
        if (shown === problem) render(problem);
      });
  }

  /** The ribbon handler of an engine too old for the commands bundle: the dialog page shows why. */
  function fallbackCommand(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      try {
        event.completed();
      } catch (ignored) {
        // Nothing more to do.
      }
    }
    try {
      var office = window.Office;
      var url = window.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "dialog.html");
      office.context.ui.displayDialogAsync(url, { height: 45, width: 35, displayInIframe: true }, function (result) {
        if (result.status === office.AsyncResultStatus.Failed) return complete();
        var dialog = result.value;
        var end = function () {
          window.clearTimeout(limit);
          try {
            dialog.close();
          } catch (ignored) {
            // Closed by the user already.
          }
          complete();
        };
        var limit = window.setTimeout(end, COMMAND_MS);
        dialog.addEventHandler(office.EventType.DialogMessageReceived, end);
        dialog.addEventHandler(office.EventType.DialogEventReceived, end);
      });
    } catch (error) {
      complete();
    }
  }

  function registerFallbackCommand() {
    window.computeAttainment = fallbackCommand;
    var office = window.Office;
    if (office && office.actions && office.actions.associate)
      office.actions.associate("computeAttainment", fallbackCommand);
  }

  function isOfficeJs(url) {
    return typeof url === "string" && url.indexOf("appsforoffice.microsoft.com") !== -1;
  }

  /** A script of the page that failed to load (a resource error, caught on the way down) or threw while starting. */
  function onError(event) {
    if (started || engine) return;
    var target = event.target || event.srcElement;
    if (target && target.tagName === "SCRIPT") {
      // office.js missing is the bundle's to explain (it knows whether the page is inside Office).
      if (!isOfficeJs(target.src)) show("failed");
      return;
    }
    if (target === window && !isOfficeJs(event.filename)) show("failed");
  }

  window.attainmentBoot = {
    engine: engine,
    /** Called by the bundle first thing; false means "this engine is not supported: do nothing". */
    started: function () {
      started = true;
      if (timer !== null) window.clearTimeout(timer);
      if (engine) return false;
      if (shown === "failed") {
        var box = document.getElementById("boot-message");
        if (box) box.parentNode.removeChild(box);
        var root = document.getElementById("root");
        if (root) root.style.display = "";
        shown = null;
      }
      return true;
    },
  };

  if (engine) {
    show(engine);
    if (page === "commands") document.addEventListener("DOMContentLoaded", registerFallbackCommand);
  } else {
    window.addEventListener("error", onError, true);
    timer = window.setTimeout(function () {
      if (!started) show("failed");
    }, WAIT_MS);
  }
})(window, document);
