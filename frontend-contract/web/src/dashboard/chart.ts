// Apache ECharts, tree-shaken: only the charts and components the dashboard draws, with the SVG
// renderer (sharp at any zoom, smaller than canvas).
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export const PALETTE = ['#154273', '#e17000', '#39870c', '#a90061', '#007bc7', '#673327', '#ffb612', '#42145f'];

/** `<wp-chart .option=… label="…">`: one ECharts chart, sized by its container, with an accessible name. */
@customElement('wp-chart')
export class WpChart extends LitElement {
	static override styles = css`
		:host {
			display: block;
			height: var(--chart-height, 320px);
		}
		div {
			width: 100%;
			height: 100%;
		}
	`;

	@property({ attribute: false }) option: ChartOption | null = null;

	@property() label = '';

	private chart: ECharts | null = null;

	private resize = new ResizeObserver(() => this.chart?.resize());

	protected override render(): unknown {
		return html`<div role="img" aria-label=${this.label}></div>`;
	}

	protected override updated(changed: PropertyValues<this>): void {
		const element = this.renderRoot.querySelector('div');
		if (element === null) return;
		if (this.chart === null) {
			this.chart = init(element, null, { renderer: 'svg' });
			this.resize.observe(element);
		}
		if (changed.has('option') && this.option !== null) {
			this.chart.setOption(
				{
					color: PALETTE,
					textStyle: { fontFamily: 'system-ui, sans-serif' },
					aria: { enabled: true },
					animationDuration: 400,
					...this.option,
				},
				true,
			);
		}
	}

	override disconnectedCallback(): void {
		super.disconnectedCallback();
		this.resize.disconnect();
		this.chart?.dispose();
		this.chart = null;
	}
}
