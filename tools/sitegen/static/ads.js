/* ad slots (stub) */
function ads_show(slot){document.write('<a href="javascript:;" class="ad-slot" data-slot="'+slot+'">广告位招租</a>');}
