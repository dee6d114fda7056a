"""Accept or reject tracked changes in a DOCX with LibreOffice over UNO, as a
reviewer clicking "Accept" or "Reject" in Writer would, and save it as DOCX.

Each action names a bookmark stem carecert wrote round a change (cc_ and 12 hex
digits): every tracked change inside the bookmarks of that stem is accepted or
rejected (the selection is the bookmark's range, then Writer's own
AcceptTrackedChange / RejectTrackedChange command).

usage: /usr/bin/python3 decide-in-libreoffice.py PROFILE_DIR IN.docx OUT.docx accept:STEM reject:STEM ...

Starts its own headless soffice on a private pipe and ends it afterwards.
LibreOffice 7.4 headless can crash loading a DOCX with comments over UNO: give
it a redline without comments.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    profile, src, dst = sys.argv[1:4]
    actions = sys.argv[4:]
    pipe = "carecert-review-%d" % os.getpid()
    profile_url = uno.systemPathToFileUrl(os.path.abspath(profile))
    # A fresh profile is set up by a first start; a document loaded over UNO
    # while that is under way comes back as nothing.
    subprocess.run(["soffice", "-env:UserInstallation=" + profile_url, "--headless",
                    "--terminate_after_init"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180, check=False)
    office = subprocess.Popen([
        "soffice", "-env:UserInstallation=" + profile_url,
        "--headless", "--invisible", "--norestore", "--nologo",
        "--accept=pipe,name=%s;urp;" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            sys.exit("soffice did not answer on its pipe")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        # A fresh profile is still being set up when the pipe first answers:
        # loading then gives nothing for a moment.
        doc = None
        for _ in range(60):
            doc = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
            if doc is not None:
                break
            time.sleep(0.5)
        if doc is None:
            sys.exit("soffice could not open %s" % src)
        controller = doc.getCurrentController()
        frame = controller.getFrame()
        marks = doc.getBookmarks()
        for action in actions:
            kind, stem = action.split(":", 1)
            command = {"accept": ".uno:AcceptTrackedChange", "reject": ".uno:RejectTrackedChange"}[kind]
            names = [n for n in marks.getElementNames() if n.startswith(stem + "_")]
            if not names:
                sys.exit("no bookmark %s_N in %s" % (stem, src))
            for name in names:
                if not marks.hasByName(name):
                    continue
                controller.select(marks.getByName(name).getAnchor())
                dispatcher.executeDispatch(frame, command, "", 0, ())
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)),
                       (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
