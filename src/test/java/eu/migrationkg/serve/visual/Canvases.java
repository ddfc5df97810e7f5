package eu.migrationkg.serve.visual;

import eu.migrationkg.support.Browser;
import org.openqa.selenium.WebElement;

/** What a canvas shows, read back from its pixels in the browser. */
final class Canvases {
    private Canvases() {}

    /** The share of the canvas's pixels that are painted (not transparent), from 0 to 1. */
    static double painted(Browser browser, WebElement canvas) {
        Number share = (Number) browser.js("""
                const c = arguments[0];
                const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let painted = 0;
                for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
                return c.width * c.height ? painted / (c.width * c.height) : 0;""", canvas);
        return share.doubleValue();
    }
}
