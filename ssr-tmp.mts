import * as echarts from 'echarts';
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
const bad = '<img src=x onerror=alert(1)><b>X</b> & {a|rich}';
chart.setOption({ animation: false, xAxis: { type: 'category', data: [bad] }, yAxis: {}, series: [{ type: 'bar', name: bad, data: [3], label: { show: true, formatter: () => bad } }], legend: {} });
const s = chart.renderToSVGString();
console.log(s.match(/<text[^>]*>[^<]*(&lt;|<img)[^]*?<\/text>/g)?.slice(0,3));
console.log(s.includes('<img'), s.includes('<b>'));
