	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 184(x30)
	ld x3, 32(x30)
	ld x4, 168(x30)
	ld x5, 136(x30)
	ld x6, 168(x30)
	ld x7, 200(x30)
	ld x8, 32(x30)
	ld x9, 112(x30)
	ld x10, 72(x30)
	ld x11, 8(x30)
	ld x12, 144(x30)
	ld x13, 160(x30)
	ld x14, 176(x30)
	ld x15, 208(x30)
	ld x16, 88(x30)
	ld x17, 200(x30)
	ld x18, 112(x30)
	ld x19, 184(x30)
	ld x20, 24(x30)
	ld x21, 184(x30)
	ld x22, 136(x30)
	ld x23, 32(x30)
	ld x24, 0(x30)
	ld x25, 208(x30)
	ld x26, 24(x30)
	ld x27, 120(x30)
	ld x28, 32(x30)
	ld x29, 48(x30)
	ld x30, 192(x30)
	la x30, dvals
	fld f0, 208(x30)
	fld f1, 264(x30)
	fld f2, 192(x30)
	fld f3, 16(x30)
	flw f4, 340(x30)
	fld f5, 104(x30)
	fld f6, 16(x30)
	fld f7, 48(x30)
	fld f8, 112(x30)
	fld f9, 88(x30)
	flw f10, 316(x30)
	fld f11, 344(x30)
	fld f12, 120(x30)
	fld f13, 184(x30)
	fld f14, 16(x30)
	flw f15, 348(x30)
	fld f16, 96(x30)
	fld f17, 120(x30)
	fld f18, 48(x30)
	fld f19, 104(x30)
	fld f20, 48(x30)
	fld f21, 0(x30)
	flw f22, 336(x30)
	fld f23, 104(x30)
	fld f24, 248(x30)
	fld f25, 8(x30)
	fld f26, 388(x30)
	fld f27, 240(x30)
	fld f28, 24(x30)
	fld f29, 192(x30)
	fld f30, 208(x30)
	fld f31, 288(x30)
	c.li x5, 9
	c.lui x5, 22
	addi x30, x31, 1400
	lr.w.rl x6, (x30)
	sc.w.rl x28, x16, (x30)
	sc.w x8, x17, (x30)
	ori x11, x19, 1
	sra x26, x21, x9
	lh x23, 278(x31)
	div x29, x18, x27
	ld x17, 48(x31)
	bne x23, x6, 1f
	xor x11, x17, x9
1:
	la x30, dvals
	flw f2, 300(x30)
	la x30, dvals
	flw f5, 348(x30)
	flt.s x17, f2, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	la x30, dvals
	flw f12, 348(x30)
	fnmsub.s f20, f29, f12, f23, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	fnmsub.s f10, f15, f20, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	addi x30, x31, 1400
	amominu.d.aqrl x15, x9, (x30)
	sltu x21, x4, x11
	mulhu x7, x27, x11
	bne x4, x28, 1f
	srlw x29, x20, x14
	srlw x23, x25, x4
1:
	srli x16, x26, 52
	srliw x29, x29, 0
	c.j 1f
	srl x9, x7, x11
1:
	mv x9, x31
	c.lw x15, 20(x9)
	auipc x3, 326868
	xor x22, x23, x16
	srlw x7, x1, x15
	sh x16, 970(x31)
	c.lwsp x28, 100(sp)
	c.ldsp x8, 280(sp)
	la x30, dvals
	flw f11, 632(x30)
	la x30, dvals
	flw f4, 336(x30)
	la x30, dvals
	flw f1, 348(x30)
	fmsub.s f18, f11, f4, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	la x30, dvals
	flw f4, 340(x30)
	fmul.s f30, f27, f4, rne
	add x15, x13, x22
	c.addi x22, 31
	c.addiw x22, 31
	sw x3, 1252(x31)
	la x30, dvals
	flw f31, 344(x30)
	la x30, dvals
	flw f30, 324(x30)
	fmsub.s f6, f19, f31, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	addiw x15, x18, 0
	la x30, dvals
	fld f29, 536(x30)
	fadd.d f15, f27, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	srai x0, x6, 37
	srliw x6, x5, 1
	sh x19, 490(x31)
	remu x4, x6, x22
	mulhsu x25, x29, x14
	xori x4, x24, -1
	bne x21, x20, 1f
	and x17, x13, x1
	sra x7, x10, x4
1:
	la x30, dvals
	fld f4, 584(x30)
	fcvt.s.d f19, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	andi x25, x25, 2047
	csrrwi x17, frm, 0
	c.nop
	slti x22, x23, -1
	xori x9, x29, -1
	slti x28, x22, 64
	remw x6, x16, x6
	la x30, dvals
	fld f26, 208(x30)
	fcvt.l.d x6, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	and x22, x12, x0
	c.mv x3, x21
	c.add x7, x3
	la x30, dvals
	flw f26, 320(x30)
	la x30, dvals
	flw f24, 628(x30)
	fnmsub.s f23, f9, f26, f24, rup
	mv x11, x31
	c.lw x13, 40(x11)
	beq x13, x19, 1f
	sllw x0, x20, x10
	addw x1, x0, x18
1:
	fmv.d.x f14, x19
	sub x8, x23, x27
	la x30, dvals
	flw f7, 324(x30)
	la x30, dvals
	flw f27, 288(x30)
	fadd.s f29, f7, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	la x30, dvals
	flw f23, 348(x30)
	fclass.s x7, f23
	sd x1, 736(x31)
	la x30, dvals
	flw f26, 340(x30)
	la x30, dvals
	flw f16, 664(x30)
	fdiv.s f10, f26, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	ori x17, x8, 63
	xori x8, x14, 64
	divuw x10, x7, x19
	addi x30, x31, 1800
	amoswap.d.rl x20, x9, (x30)
	la x30, dvals
	fld f30, 192(x30)
	fsgnj.d f2, f20, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	addw x23, x19, x14
	la x30, dvals
	fld f30, 560(x30)
	la x30, dvals
	fld f5, 48(x30)
	fsgnjx.d f31, f30, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	andi x17, x0, 32
	la x30, dvals
	fld f13, 176(x30)
	fmsub.d f5, f27, f13, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	la x30, dvals
	fld f5, 544(x30)
	la x30, dvals
	fld f31, 520(x30)
	fdiv.d f8, f5, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	la x30, dvals
	flw f3, 320(x30)
	la x30, dvals
	flw f30, 600(x30)
	fsub.s f22, f3, f30, rne
	add x24, x1, x17
	la x30, dvals
	fld f25, 408(x30)
	la x30, dvals
	fld f14, 456(x30)
	fsub.d f29, f25, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	ld x0, 1696(x31)
	la x30, dvals
	fld f24, 568(x30)
	fmul.d f19, f4, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	la x30, dvals
	flw f23, 292(x30)
	la x30, dvals
	flw f5, 604(x30)
	fle.s x18, f23, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	fmv.x.w x27, f25
	remu x20, x20, x9
	la x30, dvals
	flw f8, 676(x30)
	la x30, dvals
	flw f11, 632(x30)
	fmsub.s f15, f12, f8, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	fld f7, 64(x30)
	la x30, dvals
	fld f6, 120(x30)
	fmul.d f24, f7, f6, dyn
	addi x30, x31, 896
	amomin.d.aq x16, x22, (x30)
	srlw x25, x28, x17
	la x30, dvals
	flw f30, 352(x30)
	la x30, dvals
	flw f3, 392(x30)
	fmadd.s f19, f4, f30, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	fmv.d.x f24, x10
	fcvt.w.d x9, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	jal x18, 1f
	sltu x21, x18, x28
1:
	c.and x10, x8
	la x30, 1f
	jalr x17, 1(x30)
	sraw x3, x13, x26
1:
	auipc x18, 524288
	sltu x4, x5, x19
	or x19, x16, x10
	remw x6, x10, x17
	mul x6, x29, x28
	fcvt.d.wu f1, x0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	la x30, dvals
	fld f1, 136(x30)
	fmul.d f30, f1, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	c.fldsp f1, 216(sp)
	fcvt.d.wu f12, x10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	la x30, 1f
	jalr x0, 0(x30)
	and x7, x12, x22
1:
	sh x16, 806(x31)
	la x30, dvals
	fld f20, 496(x30)
	fsqrt.d f1, f20, dyn
	la x30, dvals
	flw f1, 392(x30)
	la x30, dvals
	flw f18, 648(x30)
	feq.s x25, f1, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	xor x27, x4, x19
	addi x30, x31, 888
	amoand.d.aq x18, x7, (x30)
	fcvt.d.s f28, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	divu x15, x27, x3
	andi x1, x13, 2047
	srli x13, x13, 32
	slliw x1, x25, 4
	and x23, x15, x25
	la x30, 1f
	c.jalr x30
	sra x0, x0, x20
1:
	sltu x23, x6, x0
	bgeu x28, x4, 1f
	sllw x26, x1, x17
	sltu x7, x7, x10
1:
	sb x15, 936(x31)
	sw x25, 1676(x31)
	c.beqz x11, 1f
	xor x7, x27, x10
1:
	sub x12, x19, x19
	auipc x0, 0
	sb x24, 1339(x31)
	fsgnj.d f9, f15, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	c.nop
	lbu x18, 680(x2)
	c.addi16sp sp, 336
	c.sdsp x22, 32(sp)
	mv sp, x31
	la x30, dvals
	fld f22, 248(x30)
	la x30, dvals
	fld f6, 472(x30)
	fnmsub.d f21, f2, f22, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	la x30, dvals
	flw f29, 324(x30)
	la x30, dvals
	flw f28, 280(x30)
	feq.s x11, f29, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	la x30, dvals
	fld f18, 480(x30)
	la x30, dvals
	fld f20, 408(x30)
	fnmadd.d f14, f18, f20, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	slti x28, x4, 2047
	lw x1, 1875(x31)
	sd x7, 528(x31)
	la x30, dvals
	flw f2, 596(x30)
	la x30, dvals
	flw f20, 596(x30)
	fmadd.s f13, f1, f2, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	fmv.x.w x1, f17
	mul x9, x1, x13
	la x30, dvals
	flw f4, 392(x30)
	fcvt.d.s f2, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	mulw x18, x0, x7
	la x30, dvals
	flw f23, 624(x30)
	la x30, dvals
	flw f21, 324(x30)
	fsub.s f25, f23, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	mv x11, x31
	c.ld x9, 24(x11)
	la x30, dvals
	flw f6, 624(x30)
	fnmadd.s f2, f6, f25, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	flw f17, 1332(x31)
	remuw x1, x11, x11
	slli x15, x9, 56
	srliw x1, x28, 0
	fdiv.s f29, f7, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	bgeu x13, x8, 1f
	slt x23, x14, x3
	and x19, x10, x27
1:
	sra x9, x0, x5
	fsw f15, 1996(x31)
	xor x20, x25, x23
	rem x3, x11, x22
	addw x0, x15, x25
	sltu x23, x11, x10
	la x30, 1f
	jalr x25, 1(x30)
	sub x23, x11, x6
1:
	remuw x20, x19, x5
	ori x7, x9, 37
	srai x17, x20, 1
	sraiw x25, x20, 1
	la x30, dvals
	fld f17, 152(x30)
	la x30, dvals
	fld f30, 104(x30)
	fmul.d f14, f17, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	ori x15, x12, 2047
	slli x7, x15, 24
	srliw x18, x10, 31
	lh x16, 256(x31)
	addi x30, x31, 888
	lr.w.aqrl x17, (x30)
	sltu x26, x7, x27
	sc.w.aqrl x11, x6, (x30)
	c.mv x13, x14
	c.add x16, x13
	sw x12, 220(x31)
	addiw x17, x13, 63
	la x30, dvals
	flw f13, 376(x30)
	la x30, dvals
	flw f4, 384(x30)
	fmsub.s f23, f10, f13, f4, rne
	slti x1, x28, 31
	ori x29, x0, 1810
	c.slli x1, 44
	bltu x11, x1, 1f
	sra x12, x17, x8
	sraw x3, x6, x20
1:
	fcvt.d.l f14, x13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	bge x29, x27, 1f
	slt x25, x28, x16
1:
	lh x14, 770(x2)
	la x30, dvals
	flw f18, 676(x30)
	la x30, dvals
	flw f31, 396(x30)
	fle.s x8, f18, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, 1f
	jalr x9, 0(x30)
	or x16, x28, x12
1:
	fcvt.w.d x21, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	sb x19, 787(x31)
	la x30, dvals
	flw f6, 332(x30)
	fmul.s f6, f22, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	auipc x24, 524287
	ld x24, 1080(x2)
	fsub.d f4, f27, f30, rne
	fclass.d x0, f6
	remw x28, x8, x19
	lh x26, 993(x2)
	bge x19, x7, 1f
	sraw x21, x23, x23
1:
	sra x28, x4, x14
	c.fldsp f23, 104(sp)
	la x30, dvals
	fld f16, 272(x30)
	la x30, dvals
	fld f19, 88(x30)
	la x30, dvals
	fld f15, 560(x30)
	fnmsub.d f22, f16, f19, f15, rtz
	slli x10, x24, 31
	slliw x24, x14, 0
	addi x1, x21, 64
	srlw x29, x25, x12
	remw x15, x16, x26
	addw x14, x7, x13
	fmv.w.x f13, x22
	ori x28, x29, -2048
	la x30, dvals
	fld f15, 496(x30)
	fmul.d f24, f15, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	or x29, x12, x17
	divuw x13, x14, x9
	addi x30, x31, 376
	lr.d.rl x13, (x30)
	sc.d.rl x20, x20, (x30)
	sc.d x5, x14, (x30)
	ori x7, x15, -2048
	remw x14, x28, x26
	addi x30, x31, 736
	lr.d.aq x18, (x30)
	sraw x25, x29, x1
	sc.d.aq x5, x11, (x30)
	sc.d x25, x0, (x30)
	la x30, dvals
	flw f23, 640(x30)
	la x30, dvals
	flw f26, 356(x30)
	la x30, dvals
	flw f4, 612(x30)
	fmsub.s f5, f23, f26, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	rem x21, x24, x21
	slt x5, x21, x28
	slli x6, x29, 63
	srliw x20, x19, 0
	lui x10, 524288
	fcvt.lu.d x10, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	la x30, dvals
	flw f30, 596(x30)
	fle.s x3, f30, f21
	la x30, dvals
	fld f4, 216(x30)
	fmul.d f19, f7, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	c.li x13, -2
	c.lui x13, 9
	addi x22, x11, 63
	addi x30, x31, 1528
	lr.w.rl x21, (x30)
	sc.w.rl x18, x20, (x30)
	fclass.d x0, f11
	xori x25, x0, -1
	divu x4, x10, x23
	la x30, dvals
	fld f24, 248(x30)
	la x30, dvals
	fld f14, 512(x30)
	fnmadd.d f28, f17, f24, f14, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	mv x9, x31
	c.sd x14, 56(x9)
	la x30, dvals
	flw f14, 672(x30)
	fmul.s f16, f14, f14, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sllw x17, x8, x28
	srai x28, x27, 0
	slliw x15, x7, 0
	slti x28, x3, -1
	la x30, dvals
	fld f10, 480(x30)
	fle.d x9, f2, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	fld f29, 408(x30)
	fnmadd.d f30, f29, f29, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	fcvt.d.w f13, x19
	c.j 1f
	addw x23, x3, x21
1:
	fcvt.l.s x20, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	mulh x8, x14, x7
	sll x8, x19, x15
	la x30, dvals
	flw f10, 632(x30)
	la x30, dvals
	flw f23, 340(x30)
	fsub.s f7, f10, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	fld f17, 40(x30)
	fmadd.d f27, f31, f17, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	sltiu x4, x10, -2048
	lbu x15, 674(x31)
	la x30, dvals
	flw f14, 296(x30)
	la x30, dvals
	flw f9, 288(x30)
	fnmadd.s f30, f14, f9, f5, rtz
	mv x11, x31
	c.sw x15, 32(x11)
	slti x8, x15, 0
	beq x24, x28, 1f
	sllw x24, x27, x5
	addw x18, x14, x21
1:
	la x30, dvals
	fld f27, 192(x30)
	fsub.d f10, f19, f27, rup
	beq x13, x23, 1f
	srlw x13, x24, x22
1:
	srl x22, x29, x17
	andi x26, x21, 2047
	la x30, dvals
	fld f13, 440(x30)
	fadd.d f5, f13, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	srl x8, x0, x28
	mulw x27, x19, x0
	sll x21, x27, x22
	slli x5, x26, 0
	sraiw x10, x12, 0
	rem x12, x11, x21
	c.addi x26, 5
	c.addiw x26, -1
	la x30, dvals
	fld f18, 472(x30)
	fadd.d f26, f18, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	sltiu x0, x12, 0
	slt x13, x19, x29
	mulh x4, x9, x10
	fcvt.lu.s x23, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	flw f24, 1032(x31)
	la x30, dvals
	fld f6, 72(x30)
	fnmadd.d f18, f1, f6, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	flw f5, 280(x30)
	fadd.s f24, f5, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	beq x19, x22, 1f
	slt x14, x1, x26
1:
	lwu x5, 664(x2)
	sb x24, 818(x31)
	addw x13, x1, x13
	srlw x9, x21, x16
	bgeu x17, x24, 1f
	sub x16, x3, x26
	and x6, x13, x11
1:
	lui x5, 524287
	lbu x5, 1069(x31)
	la x30, dvals
	flw f23, 380(x30)
	fsub.s f15, f20, f23, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	c.addw x15, x15
	addi x30, x31, 624
	amoand.d x23, x17, (x30)
	addi x30, x31, 1280
	amomaxu.d x17, x5, (x30)
	slli x9, x15, 31
	srliw x23, x9, 1
	bgeu x4, x24, 1f
	sraw x15, x0, x23
1:
	subw x9, x15, x14
	fcvt.l.s x24, f1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	or x25, x20, x4
	la x30, 1f
	c.jalr x30
	sra x7, x17, x0
1:
	lhu x7, 468(x2)
	la x30, dvals
	fld f26, 184(x30)
	la x30, dvals
	fld f7, 544(x30)
	fnmadd.d f23, f26, f7, f15, rne
	remu x14, x9, x13
	addw x3, x23, x1
	la x30, dvals
	fld f13, 432(x30)
	fsgnj.d f10, f1, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	addiw x21, x25, 32
	fcvt.w.s x23, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	sh x26, 504(x31)
	jal x9, 1f
	sub x13, x21, x0
1:
	la x30, dvals
	flw f14, 344(x30)
	la x30, dvals
	flw f29, 364(x30)
	fsub.s f17, f14, f29, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	addi x30, x31, 576
	amoxor.w.rl x8, x9, (x30)
	addiw x6, x9, -1
	la x30, dvals
	flw f4, 388(x30)
	la x30, dvals
	flw f19, 368(x30)
	fmul.s f20, f4, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	sub x18, x19, x6
	la x30, dvals
	fld f18, 240(x30)
	fdiv.d f14, f4, f18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	rem x26, x28, x3
	lui x6, 1048575
	la x30, 1f
	jalr x28, 0(x30)
	or x17, x5, x29
1:
	slti x0, x17, -2048
	mulh x21, x13, x25
	c.and x15, x12
	la x30, dvals
	flw f19, 616(x30)
	la x30, dvals
	flw f23, 372(x30)
	flt.s x27, f19, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	fmv.d.x f7, x0
	bne x15, x29, 1f
	srl x23, x12, x19
	subw x16, x0, x23
1:
	lhu x29, 1240(x2)
	la x30, dvals
	fld f14, 440(x30)
	fmin.d f13, f14, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	fadd.s f24, f21, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	bltu x22, x3, 1f
	or x28, x1, x9
1:
	addi x30, x31, 512
	amoor.w.rl x10, x26, (x30)
	addi x4, x9, 64
	sh x4, 1258(x31)
	la x30, dvals
	flw f18, 360(x30)
	fmul.s f28, f26, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	fclass.d x8, f18
	la x30, dvals
	flw f0, 364(x30)
	fsgnjx.s f21, f0, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	la x30, dvals
	flw f31, 320(x30)
	la x30, dvals
	flw f4, 304(x30)
	fmul.s f28, f31, f4, dyn
	c.lwsp x27, 8(sp)
	c.ldsp x10, 296(sp)
	srl x25, x8, x9
	la x30, dvals
	flw f20, 624(x30)
	fmul.s f16, f17, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	lw x16, 584(x31)
	feq.s x4, f0, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	divu x5, x5, x14
	sw x7, 96(x31)
	addi x30, x31, 728
	amomin.d x0, x17, (x30)
	la x30, dvals
	fld f2, 104(x30)
	fnmsub.d f0, f31, f2, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	sll x16, x12, x16
	la x30, dvals
	flw f24, 652(x30)
	la x30, dvals
	flw f17, 592(x30)
	la x30, dvals
	flw f15, 384(x30)
	fmadd.s f28, f24, f17, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	addiw x29, x27, 2047
	mulh x5, x24, x15
	la x30, 1f
	jalr x3, 1(x30)
	sllw x12, x28, x9
1:
	srli x5, x7, 33
	slliw x1, x14, 31
	lw x20, 192(x2)
	mv x9, x31
	c.lw x15, 116(x9)
	csrrci x23, fflags, 6
	la x30, dvals
	flw f0, 308(x30)
	fcvt.l.s x8, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	bge x21, x19, 1f
	sllw x5, x22, x20
	addw x10, x13, x10
1:
	srlw x28, x17, x10
	xor x19, x28, x5
	sh x5, 1548(x31)
	sub x6, x25, x18
	srai x6, x5, 33
	sraiw x24, x14, 0
	srai x17, x0, 63
	srliw x7, x20, 28
	lbu x27, 268(x31)
	mulhu x23, x1, x17
	remuw x18, x8, x9
	lb x12, 1273(x31)
	srlw x24, x10, x13
	addiw x15, x19, 1
	la x30, 1f
	c.jalr x30
	subw x29, x14, x7
1:
	jal x28, 1f
	sltu x15, x8, x3
1:
	la x30, dvals
	flw f26, 360(x30)
	la x30, dvals
	flw f2, 596(x30)
	feq.s x15, f26, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	slli x21, x10, 33
	sraiw x18, x12, 0
	sltiu x19, x12, 64
	blt x14, x13, 1f
	xor x16, x27, x7
1:
	srl x8, x18, x7
	lb x19, 708(x31)
	la x30, dvals
	flw f13, 644(x30)
	fcvt.lu.s x1, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	fcvt.s.l f23, x16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	fadd.s f9, f18, f22, rdn
	mulw x19, x22, x13
	andi x25, x23, -2048
	la x30, dvals
	flw f23, 684(x30)
	fsub.s f22, f13, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	div x11, x7, x7
	remuw x10, x0, x9
	la x30, dvals
	flw f19, 652(x30)
	fsub.s f27, f16, f19, rup
	la x30, dvals
	fld f28, 240(x30)
	la x30, dvals
	fld f1, 432(x30)
	fsub.d f12, f28, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	addiw x27, x11, 2047
	andi x22, x5, -2
	fmv.x.d x6, f1
	la x30, dvals
	flw f28, 676(x30)
	la x30, dvals
	flw f14, 392(x30)
	fnmsub.s f22, f28, f30, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	addi x28, x15, 31
	sll x6, x0, x22
	slti x13, x0, 1
	mv x14, x31
	c.ld x10, 64(x14)
	fcvt.wu.s x15, f16, rup
	sllw x20, x7, x9
	slt x20, x15, x28
	lw x21, 1235(x2)
	la x30, dvals
	flw f11, 360(x30)
	fclass.s x8, f11
	lb x6, 800(x31)
	mulhu x17, x9, x9
	lh x3, 1566(x2)
	srai x13, x20, 32
	sraiw x28, x23, 0
	sll x15, x25, x0
	flw f1, 1272(x31)
	lw x28, 1856(x31)
	blt x17, x10, 1f
	sllw x6, x23, x9
1:
	mv x14, x31
	c.ld x10, 160(x14)
	la x30, dvals
	flw f10, 652(x30)
	fadd.s f21, f10, f4, rdn
	srai x23, x0, 33
	slliw x20, x3, 1
	la x30, dvals
	flw f9, 592(x30)
	fmul.s f18, f13, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	bge x7, x27, 1f
	sub x16, x3, x6
	addw x22, x7, x7
1:
	srli x23, x22, 6
	sraiw x22, x0, 31
	xori x21, x24, 2047
	la x30, dvals
	flw f8, 396(x30)
	fcvt.d.s f4, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	la x30, dvals
	flw f16, 316(x30)
	fcvt.d.s f5, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	slli x22, x1, 31
	sraiw x22, x19, 29
	sh x19, 613(x31)
	srli x0, x17, 1
	srliw x25, x22, 12
	la x30, dvals
	fld f19, 432(x30)
	fsqrt.d f20, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	addiw x28, x27, 0
	la x30, dvals
	flw f2, 348(x30)
	la x30, dvals
	flw f30, 296(x30)
	la x30, dvals
	flw f9, 636(x30)
	fmsub.s f24, f2, f30, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	sw x4, 612(x31)
	la x30, dvals
	fld f8, 56(x30)
	la x30, dvals
	fld f20, 248(x30)
	la x30, dvals
	fld f5, 432(x30)
	fnmadd.d f20, f8, f20, f5, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	lh x14, 984(x31)
	la x30, dvals
	flw f13, 332(x30)
	la x30, dvals
	flw f17, 676(x30)
	fnmadd.s f9, f13, f0, f17, rtz
	sw x17, 560(x31)
	sra x9, x23, x12
	mulhu x21, x20, x13
	c.fsdsp f20, 360(sp)
	fadd.s f15, f8, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	addi x30, x31, 1312
	amoand.d.aq x15, x28, (x30)
	la x30, dvals
	fld f31, 16(x30)
	la x30, dvals
	fld f25, 96(x30)
	fmax.d f20, f31, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	addi x30, x31, 424
	lr.d.rl x28, (x30)
	sc.d.rl x8, x17, (x30)
	sc.d x18, x0, (x30)
	andi x9, x26, 1
	c.swsp x26, 156(sp)
	c.sdsp x29, 192(sp)
	fcvt.lu.s x26, f15, rtz
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x5a96feac2d24bdad
	.dword 0xe8b95c45a502267d
	.dword 0xd87325fb254f683d
	.dword 0xc15d2f39f3fd91e4
	.dword 0x79e71184e12c518f
	.dword 0x08ad0421ad077695
	.dword 0x396b189f156261c3
	.dword 0x721f80aec34a34cb
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0x4078e74a7b7473aa
	.dword 0x417c58698f81b299
	.dword 0x415a39180d721cb4
	.dword 0xc0bb4d4f437d251e
	.dword 0x3f639822ad298ae9
	.dword 0x3f08b888eb5cdc3c
	.dword 0xc0a2e267fbc5b360
	.dword 0x40913caadafe8490
	.dword 0x3e765f0770aae7bc
	.dword 0x40b39ac96796502c
	.dword 0x41a055d8827baff5
	.dword 0xbfc9a5bdfcf74c62
	.dword 0xc1e75c06ae8e4b9d
	.dword 0x41e6887c8c16c1e0
	.dword 0xffee7f9a540ce6cc
	.dword 0x41e9590b32768157
	.dword 0x802e792bce975b16
	.dword 0x0027b7270bd2363e
	.dword 0x7fe160788a252a6f
	.dword 0x8025f55200069f0d
	.dword 0x832f7f0eb64905e1
	.dword 0x0327cf34b3a4f074
	.dword 0x00334a23147e6468
	.dword 0xffed3ebc324c7011
	.word 0x3cf0ab57
	.word 0xba98cdd7
	.word 0x40ddf736
	.word 0xbf698eb7
	.word 0xb9b0f5c3
	.word 0x416e8806
	.word 0xba308956
	.word 0xbb2620b9
	.word 0x3a3a76fe
	.word 0x3bd76973
	.word 0x453a9cd4
	.word 0x3fc181b4
	.word 0x81157e08
	.word 0x3b2173
	.word 0xcb5e6b30
	.word 0x8f107c48
	.word 0x8094e216
	.word 0xfed095f9
	.word 0x5f7e7f15
	.word 0x800c9f30
	.word 0x2c5b9a
	.word 0x122556a
	.word 0x80773c36
	.word 0xcb589a8b
	.balign 16
scratch:
	.word 0xf03bd3ef
	.word 0xc288af4c
	.word 0x3b49db7c
	.word 0x4ed368f
	.word 0xe5ac75b1
	.word 0x85667bc
	.word 0x5091386c
	.word 0x840cf7e2
	.word 0x44e7e9da
	.word 0x824253b4
	.word 0xcea2426e
	.word 0x5b17e239
	.word 0x4d42a3b1
	.word 0x3fa56a4b
	.word 0xcf64249d
	.word 0x35038da6
	.word 0xd25a905d
	.word 0x8a7f7ed5
	.word 0xd1186ce7
	.word 0x4c18b605
	.word 0x1df5649
	.word 0x89d67b82
	.word 0x926502f1
	.word 0x755c466c
	.word 0x4fa6ac24
	.word 0xde6e4795
	.word 0xc50177bb
	.word 0x953a2a40
	.word 0xde3a0d59
	.word 0x6dbd30b1
	.word 0xbec5d9e4
	.word 0xbad23818
	.word 0x47f998f0
	.word 0xe813f2e3
	.word 0x5fb4e144
	.word 0xb01c11ca
	.word 0x768c53d8
	.word 0x621299c3
	.word 0x1476cb96
	.word 0x6d89cf94
	.word 0xdb17d089
	.word 0x1dae14a
	.word 0xe38279d3
	.word 0x3bb1be6f
	.word 0x83f75271
	.word 0x5e91930d
	.word 0xf2f0abd5
	.word 0x16c57a10
	.word 0x8963fcb3
	.word 0x28491ee9
	.word 0x79135f43
	.word 0x4d9df1fe
	.word 0x87eb4dcf
	.word 0x24098626
	.word 0x8d64c440
	.word 0xa8751876
	.word 0x640064ab
	.word 0x7a332cc1
	.word 0xeacb6194
	.word 0x59cdffe8
	.word 0x202112f0
	.word 0x4d9d6a2f
	.word 0xfbc7b223
	.word 0xbdf948a2
	.word 0x9451854
	.word 0xe3b66313
	.word 0xd5568bd9
	.word 0x8198902f
	.word 0xe03a05c1
	.word 0xb0ccc580
	.word 0x27e6e67e
	.word 0x9e0226aa
	.word 0x803673e1
	.word 0x8704ec44
	.word 0x4b004142
	.word 0x262c3a16
	.word 0x8cbbfe81
	.word 0x9e1f41b4
	.word 0xb316aea0
	.word 0xbe9125e1
	.word 0xdf845617
	.word 0xfd950a34
	.word 0xc6a72ffd
	.word 0x484b5471
	.word 0x7a69c773
	.word 0x12774030
	.word 0xb4569c08
	.word 0x9d225383
	.word 0x3d195d6a
	.word 0xc036d030
	.word 0x5c2b7828
	.word 0x56e2565f
	.word 0x991eb12b
	.word 0xa8452076
	.word 0x85372c33
	.word 0x769ef10b
	.word 0xbf476fd4
	.word 0x50517ca
	.word 0x587c82b4
	.word 0xcd66b281
	.word 0x7de57c5a
	.word 0x9fa4f8cd
	.word 0x17164af3
	.word 0x1740ff37
	.word 0x1c6577e4
	.word 0xe1ac7ba8
	.word 0xb5f0d444
	.word 0x40787cf8
	.word 0xb30c3a6b
	.word 0xbc69492b
	.word 0x3cc0122d
	.word 0xee30008f
	.word 0x2a13647f
	.word 0x95084111
	.word 0x386fdf04
	.word 0xb268e6a3
	.word 0x7926ee5d
	.word 0x394e994b
	.word 0xa6960378
	.word 0xb9df3084
	.word 0xa63c7303
	.word 0x23dce28d
	.word 0x4e2eb42b
	.word 0x8dd897be
	.word 0x7acc1d09
	.word 0xd4c5765f
	.word 0x3bdbc058
	.word 0x39ccd7b0
	.word 0xc46a438d
	.word 0xf6f1580
	.word 0x56330e8f
	.word 0xcbbc5abe
	.word 0x5d9ce3ab
	.word 0xfcd588bf
	.word 0xf58b859e
	.word 0x2238e742
	.word 0xe4c7bd6a
	.word 0x7e346f3f
	.word 0x89ad2c16
	.word 0xa9d0ba21
	.word 0x6c0c680b
	.word 0xc0a2692d
	.word 0x3d76722e
	.word 0x954abd57
	.word 0x9ee7b8c7
	.word 0x5612eb38
	.word 0x65c83ec2
	.word 0x2019b68a
	.word 0xcfd7402e
	.word 0xdd80eb27
	.word 0xdc6901f5
	.word 0x76ac241e
	.word 0xb7dc3c29
	.word 0x3b7984a5
	.word 0x76490b33
	.word 0xb2c75424
	.word 0x503cf8a5
	.word 0x2a2fd911
	.word 0xf0bfa377
	.word 0x9ef962ff
	.word 0xe67dae2c
	.word 0x24b8f9f0
	.word 0x4b5a6253
	.word 0xe5103abb
	.word 0xaaa25898
	.word 0xd7942040
	.word 0x201d384e
	.word 0x6583c344
	.word 0xa082fb91
	.word 0x1e42949
	.word 0x1d642ecf
	.word 0x8f0dd0b1
	.word 0x9666adbc
	.word 0x39f086d4
	.word 0xc685a61
	.word 0xe3ab4793
	.word 0xe07525df
	.word 0xdd1210b8
	.word 0x7faeb87a
	.word 0xbc94296a
	.word 0xe97c376
	.word 0x29d6794a
	.word 0x39160c95
	.word 0xe81eca37
	.word 0x1a5e61fb
	.word 0x1a4c33ab
	.word 0x1b1aab57
	.word 0x807de18f
	.word 0xb5cfea89
	.word 0x5b433606
	.word 0x8dfef027
	.word 0x2cbd029a
	.word 0x112e994d
	.word 0x82ec518e
	.word 0x136f29e0
	.word 0x3c390be9
	.word 0xb5c08c2b
	.word 0x2cf27f29
	.word 0x1fabae2
	.word 0x827ce791
	.word 0xcf57d216
	.word 0x97b41b1c
	.word 0x8e25bf97
	.word 0x33f2cfc
	.word 0x32bb2a2c
	.word 0xa82ebbb3
	.word 0x944467ff
	.word 0xfcaffe2
	.word 0x56e468d9
	.word 0xa41b81e6
	.word 0x50c25555
	.word 0x5777f441
	.word 0x960f977e
	.word 0xf8ecc4ce
	.word 0x6ed3aa74
	.word 0x6839d0fa
	.word 0x16f184c9
	.word 0xeb7e485d
	.word 0x6ccad587
	.word 0xf93ff9fa
	.word 0xc617e5ba
	.word 0x6eb7a5aa
	.word 0xda57bdcb
	.word 0x9037acbc
	.word 0xd1a3d3ec
	.word 0xd01ec663
	.word 0x1286e34a
	.word 0x1317439d
	.word 0x97f75bcf
	.word 0xed5e3488
	.word 0x522b0c8f
	.word 0x44e45f12
	.word 0x2fc96ab1
	.word 0x5176343e
	.word 0x69c64706
	.word 0x85fc2535
	.word 0x2a0a3698
	.word 0xf7f91e74
	.word 0x52c9798f
	.word 0xc2ec4913
	.word 0x320f9274
	.word 0xc86f38d4
	.word 0xc1c042ae
	.word 0xfb292ae4
	.word 0x10cd7e1e
	.word 0x5ed2d2b9
	.word 0x943bef9b
	.word 0xd0d7949f
	.word 0x6ac8d21d
	.word 0x61e20158
	.word 0x18eb263c
	.word 0xf9bf9d6a
	.word 0x4849d403
	.word 0x2bf82187
	.word 0xd6d21a03
	.word 0x27d4298a
	.word 0xfe4227f8
	.word 0xed122e66
	.word 0xb309fb29
	.word 0x1ff3eff
	.word 0x2235100f
	.word 0x86a2b2b5
	.word 0xce7b232f
	.word 0xe9cc5220
	.word 0x12841f64
	.word 0xbc722dd0
	.word 0xc0c277b4
	.word 0x48a2a56e
	.word 0x9de20649
	.word 0x7842535c
	.word 0x77108348
	.word 0x884fae74
	.word 0xcda30634
	.word 0x1dfc046
	.word 0xc338e90d
	.word 0x1d3de621
	.word 0x9ecb4d7d
	.word 0x1bf64f2f
	.word 0x906b02e6
	.word 0xf6c0e55d
	.word 0xa70d3d68
	.word 0x14a79a38
	.word 0x1bfdd0c8
	.word 0x9d74877a
	.word 0xbee3f757
	.word 0xc1279d33
	.word 0x62bd6a13
	.word 0x3012d06c
	.word 0x29f3c903
	.word 0x4aa3ac2a
	.word 0xdbf88499
	.word 0xa613e4ac
	.word 0x8a47340f
	.word 0xf41aafec
	.word 0x9d089cff
	.word 0x5c704d34
	.word 0xef0a1c3f
	.word 0x3d38e559
	.word 0x13e96790
	.word 0xdc747bbd
	.word 0x337db5bc
	.word 0x3c849c79
	.word 0x4e76947c
	.word 0x3d21a00
	.word 0x52d57369
	.word 0x6bbd8b95
	.word 0x832798b2
	.word 0x760df5ea
	.word 0xdeaae7f2
	.word 0xc8c83dd8
	.word 0x21181641
	.word 0x59d4d289
	.word 0xb337fa2b
	.word 0xc2253e52
	.word 0xd806d805
	.word 0x63c94946
	.word 0x16d42af6
	.word 0xe2dec553
	.word 0x74e3b549
	.word 0x4b1819ec
	.word 0x4c92023e
	.word 0x966d4ed4
	.word 0xc94df0ef
	.word 0x9d5543a7
	.word 0x91169fd7
	.word 0x1f678a81
	.word 0x28cc6eda
	.word 0x7f8f671
	.word 0x3fed87aa
	.word 0x6c0884e6
	.word 0xee1b2f2c
	.word 0xf423b0b3
	.word 0xc487a489
	.word 0x32c50cc2
	.word 0xf8fda8ec
	.word 0xf1e1cd9c
	.word 0xc2171f15
	.word 0x1f40520f
	.word 0xb536a96f
	.word 0x63745522
	.word 0xd3dc588a
	.word 0x416ba96c
	.word 0xbc805aaf
	.word 0x4d69c9e5
	.word 0xfeff2a2f
	.word 0x6ce239b2
	.word 0x5159e758
	.word 0xdbe8e1a1
	.word 0x3c48ebaf
	.word 0x69e7d11
	.word 0xeebb086f
	.word 0x79635934
	.word 0x5affd2d6
	.word 0xb40d1204
	.word 0xdffebd62
	.word 0x20dd02b
	.word 0xb91569cf
	.word 0x91bcf8f9
	.word 0xdad82aa8
	.word 0x2e25e8ae
	.word 0xf53c47f6
	.word 0xc5959bf7
	.word 0xab8350c2
	.word 0xf2f571ef
	.word 0xc5df4eeb
	.word 0xac4525aa
	.word 0x16fc5b92
	.word 0x2c44fff5
	.word 0xc4fac328
	.word 0xf6e2187
	.word 0xa08a2128
	.word 0x71453c9f
	.word 0xc004974
	.word 0xa0f7b783
	.word 0x96f86c80
	.word 0xf66c07b4
	.word 0xa5cd23d9
	.word 0x37766342
	.word 0x98d5876d
	.word 0x2f3e5d51
	.word 0x7615ec7b
	.word 0xb8c7df76
	.word 0x260ee2a2
	.word 0xb1012e6f
	.word 0xd5c0529
	.word 0x32d51975
	.word 0xae85c088
	.word 0xc40db382
	.word 0x3dc49d3c
	.word 0x620a0bad
	.word 0x4c88f852
	.word 0x23d0a3f3
	.word 0xc275dca4
	.word 0x45cd6ad4
	.word 0xfa644d7f
	.word 0xab907da
	.word 0x62080d9b
	.word 0x14d0d486
	.word 0xc6426766
	.word 0xdf72a411
	.word 0xf5e8fcc9
	.word 0xa44497d1
	.word 0xe16b3d4e
	.word 0x5e957bcf
	.word 0xcc708419
	.word 0x428a8660
	.word 0x5a976723
	.word 0x7818df5a
	.word 0x1d867ac3
	.word 0x8910062c
	.word 0xb36d9a06
	.word 0x5861810
	.word 0x160b1112
	.word 0xf1040bc6
	.word 0x7fe28cf8
	.word 0xe1cee306
	.word 0x886987f1
	.word 0xaa688cfa
	.word 0xc505b121
	.word 0x1714be91
	.word 0x981d00b2
	.word 0x3960ca57
	.word 0x256d7202
	.word 0xee838514
	.word 0x5a080a84
	.word 0x304c4228
	.word 0xb92adbac
	.word 0xa9ba7ae3
	.word 0x3a2b5b90
	.word 0x7a7714bc
	.word 0x84fbc14c
	.word 0x6695db85
	.word 0x6147bb97
	.word 0x5097012d
	.word 0xa6edd7f4
	.word 0x9e78665d
	.word 0xc4c26f84
	.word 0xaf67c8bd
	.word 0x98783325
	.word 0x5d87594b
	.word 0x6362219c
	.word 0xcd67f4b4
	.word 0x4ddcc4cc
	.word 0x7de0e3ae
	.word 0x53377fe4
	.word 0x25bf91a1
	.word 0x26f096e4
	.word 0xb1ad92b2
	.word 0x7c81baaf
	.word 0x315b97e5
	.word 0x3745d0f6
	.word 0x26319d3b
	.word 0xa74809f0
	.word 0x68bd03ab
	.word 0xd1c8fe2f
	.word 0xfa25c09
	.word 0xc0489d18
	.word 0xae95694d
	.word 0x7425daf3
	.word 0x2000748e
	.word 0xfca5db06
	.word 0xbf622464
	.word 0x8635ebf3
	.word 0x52395c96
	.word 0x4cdfa823
	.word 0x82a90d0e
	.word 0xc21b0dca
	.word 0xd7e19f7b
	.word 0x65df22fc
	.word 0xb19ca5bc
	.word 0x804dd209
	.word 0x7b910eef
	.word 0x13d4bae9
	.word 0x15b2cd0d
	.word 0xce7a2b84
	.word 0xea572e21
	.word 0xfdf234e8
	.word 0xd68242bf
	.word 0x44685775
	.word 0x9e5cd6f6
	.word 0x94c08257
	.word 0x15ce2252
	.word 0xe1055890
	.word 0x8f8cefb
	.word 0x35d36b68
	.word 0x4f76a1d7
	.word 0xf2cd8251
	.word 0x1277e152
	.word 0x25e719fc
	.word 0x1dc7a890
	.word 0xf26e43ba
	.word 0x793ac876
	.word 0x26b715ec
	.word 0x45540ac9
	.word 0x45a4512f
	.word 0x3fbb0b0f
	.word 0x85824822
	.word 0x5c4ba241
	.word 0x28715e40
	.word 0x7492ac1c
	.word 0x336ae14
	.word 0x87ce8ae
	.word 0x3845215a
	.word 0x11abc2cd
	.word 0x57b890b4
	.word 0xf0687e03
	.word 0xaa45b37
	.word 0xb99d8116
	.word 0x3e57fce9
	.word 0xf89d3d8c
	.word 0xbabed15a
	.word 0x72218310
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
