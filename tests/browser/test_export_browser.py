"""Exports in a real browser: a click on a download button delivers the file, made on the server by kaleido."""
import io

from PIL import Image
from pptx import Presentation

from conftest import assert_no_exception, open_page, screenshot


def _download(page, label: str, tmp_path):
    button = page.locator("[data-testid=stDownloadButton] button", has_text=label).first
    button.wait_for(timeout=60_000)
    with page.expect_download(timeout=60_000) as info:
        button.click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def test_png_and_briefing_pack_download(page, server_url, tmp_path):
    open_page(page, server_url + "/chronology?faction=KH")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    assert_no_exception(page)

    png = _download(page, "Download PNG", tmp_path)
    assert png.name.startswith("fasail_kata-ib-hezbollah-") and png.suffix == ".png"  # named after the view
    img = Image.open(png)
    assert img.format == "PNG" and img.size[0] >= 2000
    assert img.convert("L").getextrema()[0] < 100  # dark text on white: not blank

    pptx = _download(page, "Briefing pack (.pptx)", tmp_path)
    assert pptx.suffix == ".pptx"
    prs = Presentation(io.BytesIO(pptx.read_bytes()))
    titles = [s.shapes.title.text for s in prs.slides]
    assert len(titles) == 4 and titles[0].startswith("Chronology · Kata'ib Hezbollah") and titles[-1] == "Sources"
    screenshot(page, "export_chronology_kh")
    assert_no_exception(page)
    assert not page.watch.console_errors, page.watch.console_errors
    assert not page.watch.external_requests, page.watch.external_requests
